"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { removeAchievement } from "@/lib/achievements/remove-achievement";

export function RemoveAchievementButton({ achievementId, title }: { achievementId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <Button
        variant="ghost"
        disabled={pending}
        aria-label={`Удалить достижение «${title}»`}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(`Удалить достижение «${title}»?`)) return;
            const result = await removeAchievement({ achievementId });
            setError(result.ok ? null : result.error);
          })
        }
      >
        Удалить
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
