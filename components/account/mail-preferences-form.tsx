"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { mailPreferencesSchema, type MailPreferences, type MailPreferencesInput } from "@/lib/mail/mail-preferences-schema";
import { notificationKindLabels } from "@/lib/mail/notification-kind-labels";
import { saveMailPreferences } from "@/lib/mail/save-mail-preferences";
import { zodResolver } from "@/lib/validation/zod-resolver";

const deliveryLabels = {
  immediate: "Сразу, по письму на каждое событие",
  digest: "Одной сводкой в день (около 7:00 по времени школы)",
} as const;

/** Which events come by e-mail and how; the in-app notifications come either way. */
export function MailPreferencesForm({
  offered,
  chosen,
  digest,
}: {
  offered: NotificationKind[];
  chosen: NotificationKind[];
  digest: boolean;
}) {
  const [error, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<MailPreferencesInput, unknown, MailPreferences>({
    resolver: zodResolver(mailPreferencesSchema),
    defaultValues: { kinds: chosen.filter((kind) => offered.includes(kind)), delivery: digest ? "digest" : "immediate" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = await saveMailPreferences(values);
    if (result.ok) return setSaved(result.data.kinds ? "Настройки писем сохранены." : "Сохранено: письма приходить не будут.");
    for (const field of ["kinds", "delivery"] as const) {
      const message = result.fieldErrors?.[field]?.[0];
      if (message) setError(field, { message });
    }
    setFormError(result.error);
  });
  const { errors, isSubmitting } = formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={error} success={saved} />
      <fieldset aria-describedby={errors.kinds?.message ? "kinds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Какие уведомления присылать на почту</legend>
        {offered.map((kind) => (
          <label key={kind} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="checkbox" value={kind} className="h-5 w-5 shrink-0" {...register("kinds")} />
            {notificationKindLabels[kind]}
          </label>
        ))}
        <FieldError id="kinds-error" message={errors.kinds?.message} />
      </fieldset>
      <fieldset aria-describedby={errors.delivery?.message ? "delivery-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Как присылать</legend>
        {(Object.keys(deliveryLabels) as (keyof typeof deliveryLabels)[]).map((value) => (
          <label key={value} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="radio" value={value} className="h-5 w-5 shrink-0" {...register("delivery")} />
            {deliveryLabels[value]}
          </label>
        ))}
        <FieldError id="delivery-error" message={errors.delivery?.message} />
      </fieldset>
      <p className="text-sm text-slate-600">
        В письмах нет имён и подробностей — только вид события, школа и ссылка; подробности видны в приложении после входа.
      </p>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить настройки писем
      </SubmitButton>
    </form>
  );
}
