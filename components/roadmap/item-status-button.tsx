"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { setItemStatus } from "@/lib/roadmap/set-item-status";

export function ItemStatusButton({
  itemId,
  status,
  version,
  title,
}: {
  itemId: string;
  status: ItemStatus;
  version: number;
  title: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const next: ItemStatus = status === "DONE" ? "IN_PROGRESS" : "DONE";

  const onClick = () =>
    startTransition(async () => {
      setError(null);
      const result = await setItemStatus({ itemId, status: next, version });
      if (!result.ok) setError(result.error);
    });

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant={next === "DONE" ? "primary" : "secondary"}
        onClick={onClick}
        disabled={pending}
        aria-label={`${next === "DONE" ? "Отметить выполненным" : "Вернуть в работу"}: ${title}`}
      >
        {next === "DONE" ? "Отметить выполненным" : "Вернуть в работу"}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
