"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";

/** A folded form with one optional note that runs one action (refer to the psychologist, close a referral). */
export function NoteActionForm<Input>({
  action,
  input,
  summary,
  noteLabel,
  submitLabel,
  id,
}: {
  action: (input: Input & { note: string }) => Promise<ActionResult<unknown>>;
  input: Input;
  summary: string;
  noteLabel: string;
  submitLabel: string;
  id: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "");
    startTransition(async () => {
      const result = await action({ ...input, note });
      if (result.ok) router.refresh();
      else setError(result.fieldErrors?.note?.[0] ?? result.error);
    });
  };
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-800">{summary}</summary>
      <form method="post" onSubmit={onSubmit} className="mt-2 w-64 space-y-2">
        <FormMessage error={error} />
        <Field id={id} label={noteLabel}>
          <textarea id={id} name="note" rows={2} maxLength={1000} className={inputClass} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Сохраняем…">
          {submitLabel}
        </SubmitButton>
      </form>
    </details>
  );
}
