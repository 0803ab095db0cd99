"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

/** A button that runs one action, asks first when told to, shows the refusal next to itself and refreshes the page. */
export function RunButton({
  run,
  children,
  confirm,
  variant = "secondary",
  label,
}: {
  run: () => Promise<ActionResult<unknown>>;
  children: React.ReactNode;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost";
  /** The accessible name when the visible text is a symbol (↑, ↓, ×). */
  label?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    setError(null);
    startTransition(async () => {
      const result = await run();
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  };
  return (
    <span className="inline-flex flex-col">
      <Button type="button" variant={variant} onClick={onClick} disabled={pending} aria-label={label}>
        {children}
      </Button>
      {error && (
        <span role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
