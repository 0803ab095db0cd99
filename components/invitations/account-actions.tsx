"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deactivateAccount } from "@/lib/invitations/deactivate-account";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { useShowSheet } from "./invitations-workspace";

function ActionError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="w-full text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

/**
 * Asked before a code that touches an existing account: a pupil's code then sets a new password (old sessions end),
 * a parent's code adds one more parent. Null when nothing exists yet and no question is needed.
 */
function confirmation(
  role: "MENTEE" | "PARENT",
  name: string,
  existing: { account: "active" | "disabled" | null; parentAccounts: number },
) {
  if (role === "MENTEE") {
    if (!existing.account) return null;
    const revive = existing.account === "disabled" ? " Аккаунт сейчас отключён: по новому коду он снова включится." : "";
    return `У ученика ${name} уже есть аккаунт. Новый код позволит задать новый пароль, все входы в аккаунт завершатся.${revive} Выдавайте такой код только самому ученику. Выдать код для смены пароля?`;
  }
  if (existing.parentAccounts === 0) return null;
  return `У ученика ${name} уже есть аккаунт родителя. Новый код позволит зарегистрироваться ещё одному родителю (не больше двух). Выдать код?`;
}

/**
 * A new code for one pupil (their own account) or for a parent of theirs; the pupil's earlier unused code of that kind
 * stops working. For an existing account the curator confirms first, and only then is a password-reset code made.
 */
export function ReissueButton({
  personId,
  role,
  name,
  account,
  parentAccounts,
}: {
  personId: string;
  role: "MENTEE" | "PARENT";
  name: string;
  account: "active" | "disabled" | null;
  parentAccounts: number;
}) {
  const showSheet = useShowSheet();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const label = role === "MENTEE" ? "Выдать новый код" : "Код для родителя";
  const onClick = () => {
    const question = confirmation(role, name, { account, parentAccounts });
    if (question && !window.confirm(question)) return;
    startTransition(async () => {
      setError(null);
      const result = await issueInvitations({ personId, audience: role, resetPassword: role === "MENTEE" && Boolean(account) });
      if (result.ok) showSheet(result.data);
      else setError(result.error);
    });
  };
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
    const question = `Отключить аккаунт: ${name}? Все входы в него сразу завершатся, а ещё не использованные коды ученика перестанут действовать. Если аккаунт есть и в другой школе, там он останется.`;
    if (!window.confirm(question)) return;
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
