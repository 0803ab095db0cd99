"use client";

import { useTransition } from "react";
import { moveRoadmapItem } from "@/lib/roadmap/change-stage-items";

export function ItemMoveButtons({ itemId, code, first, last }: { itemId: string; code: string; first: boolean; last: boolean }) {
  const [pending, startTransition] = useTransition();
  const move = (direction: "up" | "down") => startTransition(async () => void (await moveRoadmapItem({ itemId, direction })));
  const buttonClass = "h-10 w-10 rounded-md border border-slate-300 bg-white text-lg hover:bg-slate-100 disabled:opacity-40";
  return (
    <span className="inline-flex gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={first || pending}
        onClick={() => move("up")}
        aria-label={`Поднять пункт ${code}`}
      >
        ↑
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={last || pending}
        onClick={() => move("down")}
        aria-label={`Опустить пункт ${code}`}
      >
        ↓
      </button>
    </span>
  );
}
