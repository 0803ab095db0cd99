"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { removeRoadmapItem } from "@/lib/roadmap/change-stage-items";

export function RemoveItemButton({
  itemId,
  version,
  code,
  backTo,
}: {
  itemId: string;
  version: number;
  code: string;
  backTo: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (!window.confirm(`Удалить пункт ${code} из дорожной карты?`)) return;
    startTransition(async () => {
      const result = await removeRoadmapItem({ itemId, version });
      if (result.ok) router.push(backTo);
      else setError(result.error);
    });
  };
  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <Button variant="secondary" onClick={onClick} disabled={pending} className="text-red-800">
        Удалить пункт
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
