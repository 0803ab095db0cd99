"use client";

import { useState } from "react";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import type { MailTokenInput } from "@/lib/mail/mail-token-schema";

/**
 * One button that acts on a link from mail. The page only shows it: the change happens on this POST, never on
 * opening the link (mail scanners open links).
 */
export function MailLinkForm({
  token,
  action,
  label,
  pendingLabel,
  done,
}: {
  token: string;
  action: (input: MailTokenInput) => Promise<ActionResult<unknown>>;
  label: string;
  pendingLabel: string;
  done: string;
}) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setResult(await action({ token }));
    setPending(false);
  };
  if (result?.ok) return <FormMessage success={done} />;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormMessage error={result && !result.ok ? result.error : null} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} className="w-full">
        {label}
      </SubmitButton>
    </form>
  );
}
