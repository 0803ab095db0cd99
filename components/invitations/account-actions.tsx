"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deactivateAccount } from "@/lib/invitations/deactivate-account";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { useShowSheet } from "./invitations-workspace";

function ActionError({ error }: { error: string | null }) {
  return error ? <p role="alert" className="w-full text-sm text-red-700">{error}</p> : null;
}

/** A new code for one pupil (their own account) or for a parent of theirs; the pupil's earlier unused code stops working. */
export function ReissueButton({ personId, role, name }: { personId: string; role: "MENTEE" | "PARENT"; name: string }) {
  const showSheet = useShowSheet();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const label = role === "MENTEE" ? "Выдать новый код" : "Код для родителя";
  const onClick = () =>
    startTransition(async () => {
      const result = await issueInvitations({ personId, audience: role });
      if (result.ok) showSheet(result.data);
      else setError(result.error);
    });
  return (
    <>
      <Button type="button" variant="secondary" onClick={onClick} disabled={pending} aria-label={`${label}: ${name}`}>
        {pending ? "Выдаём…" : label}
      </Button>
      <ActionError error={error} />
    </>
  );
}

export function DeactivateButton({ userId, name }: { userId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (!window.confirm(`Отключить аккаунт: ${name}? Все входы в него сразу завершатся.`)) return;
    startTransition(async () => {
      const result = await deactivateAccount({ userId });
      setError(result.ok ? null : result.error);
    });
  };
  return (
    <>
      <Button type="button" variant="secondary" onClick={onClick} disabled={pending} aria-label={`Отключить аккаунт: ${name}`}>
        {pending ? "Отключаем…" : "Отключить аккаунт"}
      </Button>
      <ActionError error={error} />
    </>
  );
}
