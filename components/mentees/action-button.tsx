"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

/** A button that runs one server action with a fixed input and shows its Russian error beside it. */
export function ActionButton<Input>({
  action,
  input,
  label,
  accessibleLabel,
  confirm,
  variant = "secondary",
}: {
  action: (input: Input) => Promise<ActionResult<unknown>>;
  input: Input;
  label: string;
  /** A longer name for screen readers when several such buttons share a page, e.g. «Удалить запрос: Одарённость». */
  accessibleLabel?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost";
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  };
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant={variant} onClick={onClick} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
