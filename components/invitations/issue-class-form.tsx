"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { audienceLabels, audiences, type Audience } from "@/lib/invitations/invitation-schema";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { useShowSheet } from "./invitations-workspace";

/** Codes for the whole class: the pupils', the parents' or both. */
export function IssueClassForm({ classKey }: { classKey: string }) {
  const showSheet = useShowSheet();
  const [audience, setAudience] = useState<Audience>("MENTEE");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setError(null);
      const result = await issueInvitations({ classKey, audience });
      if (result.ok) showSheet(result.data);
      else setError(result.error);
    });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <FormMessage error={error} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Для кого</legend>
        <div className="mt-1 flex flex-wrap gap-x-5">
          {audiences.map((value) => (
            <label key={value} className="flex min-h-10 items-center gap-2">
              <input
                type="radio"
                name="audience"
                value={value}
                checked={audience === value}
                onChange={() => setAudience(value)}
                className="h-5 w-5"
              />
              {audienceLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-slate-600">
        Каждому ученику класса — свой код на 30 дней. Выданные раньше и ещё не использованные коды того же вида перестанут
        действовать. Ученикам, у которых уже есть аккаунт, и родителям учеников, у которых уже есть аккаунт родителя, коды не
        выдаются — для них есть кнопки «Выдать новый код» и «Код для родителя» в списке учеников.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Выдаём…" : "Выдать коды классу"}
      </Button>
    </form>
  );
}
