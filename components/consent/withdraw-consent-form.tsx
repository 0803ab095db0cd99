"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import type { ConsentGiverRole, ConsentPurpose } from "@/lib/generated/prisma/enums";
import { recordConsentWithdrawal, withdrawOwnConsent } from "@/lib/consent/withdraw-consent";

const giverRoleLabels: Record<ConsentGiverRole, string> = {
  PARENT: "Родитель",
  LEGAL_REPRESENTATIVE: "Законный представитель",
  SELF: "Сам участник",
};

/**
 * «Отозвать согласие» with a confirmation step and an optional reason.
 * `paper`: the curator records a withdrawal received on paper; otherwise the signed-in person withdraws in the app.
 */
export function WithdrawConsentForm({
  subjectId,
  purpose,
  subjectName,
  paper = false,
}: {
  subjectId: string;
  purpose: ConsentPurpose;
  subjectName: string;
  paper?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [giverRole, setGiverRole] = useState<ConsentGiverRole>("PARENT");
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [pending, startTransition] = useTransition();
  const id = `withdraw-${purpose}-${subjectId}`;
  const label = paper ? "Отозвать" : purpose === "MENTORING" ? "Отозвать согласие" : "Отозвать разрешение на публикацию";

  if (message.success) return <FormMessage success={message.success} />;
  if (!confirming) {
    return (
      <Button
        type="button"
        variant="secondary"
        aria-label={
          paper ? `Отозвать (${purpose === "MENTORING" ? "обработка данных" : "публикация"}): ${subjectName}` : undefined
        }
        onClick={() => setConfirming(true)}
      >
        {label}
      </Button>
    );
  }
  const submit = () =>
    startTransition(async () => {
      const input = paper ? { subjectId, purpose, reason, giverRole } : { subjectId, purpose, reason };
      const result = paper ? await recordConsentWithdrawal(input) : await withdrawOwnConsent(input);
      setMessage(
        result.ok
          ? { success: "Согласие отозвано." }
          : { error: result.fieldErrors?.reason?.[0] ?? result.fieldErrors?.giverRole?.[0] ?? result.error },
      );
    });
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p id={`${id}-title`} className="text-sm font-medium">
        {paper
          ? `Записать отзыв согласия (${subjectName}) по письменному заявлению?`
          : `Отозвать согласие (${subjectName})? Участие в программе прекратится, а персональные данные будут обезличены по истечении срока хранения.`}
      </p>
      {purpose === "MENTORING" && (
        <p className="text-sm">
          {paper ? "Ученик будет выведен из пары" : "Участник будет выведен из пары"} сегодня, а пары, где он наставник, будут
          прекращены; незаполненные анкеты о нём удалятся.
          {paper && " По истечении срока хранения его персональные данные будут обезличены."}
        </p>
      )}
      <FormMessage error={message.error} />
      {paper && (
        <Field id={`${id}-giver`} label="Кто подал заявление">
          <select
            id={`${id}-giver`}
            className={inputClass}
            value={giverRole}
            onChange={(e) => setGiverRole(e.target.value as ConsentGiverRole)}
          >
            {Object.entries(giverRoleLabels).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${id}-reason`} label="Причина (необязательно)">
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          className={inputClass}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={submit}>
          {pending ? "Отзываем…" : "Подтвердить отзыв"}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          Отмена
        </Button>
      </div>
    </div>
  );
}
