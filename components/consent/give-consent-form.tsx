"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { giveConsent } from "@/lib/consent/give-consent";
import { giveConsentSchema, type GiveConsentInput } from "@/lib/consent/consent-schemas";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

type GiveConsentValues = z.output<typeof giveConsentSchema>;

// Distinct labels per purpose, so that each control on a page with both forms has a name of its own.
const labels: Record<ConsentPurpose, { agree: string; submit: string }> = {
  MENTORING: { agree: "Я ознакомился(-ась) с текстом и даю согласие", submit: "Дать согласие" },
  PUBLICATION: { agree: "Текст прочитан(-а), разрешаю публикацию фото и видео", submit: "Разрешить публикацию" },
};

/** The text to read, the tick «Я ознакомился(-ась) с текстом и даю согласие» and «Дать согласие». */
export function GiveConsentForm({
  subjectId,
  purpose,
  text,
}: {
  subjectId: string;
  purpose: ConsentPurpose;
  text: { id: string; version: number; title: string; body: string };
}) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState } = useForm<GiveConsentInput, unknown, GiveConsentValues>({
    resolver: zodResolver(giveConsentSchema),
    defaultValues: { subjectId, purpose, textId: text.id, agreed: false as unknown as true },
  });
  const id = `agree-${purpose}-${subjectId}`;
  const error = formState.errors.agreed?.message;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await giveConsent(values);
    setMessage(result.ok ? { success: "Согласие дано. Спасибо!" } : { error: result.fieldErrors?.agreed?.[0] ?? result.error });
  });

  if (message.success) return <FormMessage success={message.success} />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} />
      <div
        tabIndex={0}
        role="region"
        aria-label={`Текст согласия, редакция ${text.version}`}
        className="max-h-72 overflow-y-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-sm leading-relaxed"
      >
        <h3 className="mb-2 font-semibold">{text.title}</h3>
        {text.body.split("\n\n").map((paragraph, i) => (
          <p key={i} className="mb-2">
            {paragraph}
          </p>
        ))}
        <p className="text-slate-600">Редакция {text.version}</p>
      </div>
      <div>
        <label htmlFor={id} className="flex min-h-10 items-start gap-2">
          <input
            id={id}
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            {...register("agreed")}
          />
          <span>{labels[purpose].agree}</span>
        </label>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        {labels[purpose].submit}
      </SubmitButton>
    </form>
  );
}
