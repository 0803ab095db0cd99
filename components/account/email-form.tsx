"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ownEmailSchema, type OwnEmailInput } from "@/lib/accounts/own-account-schema";
import { updateOwnEmail, type OwnEmailOutcome } from "@/lib/accounts/update-own-email";
import { zodResolver } from "@/lib/validation/zod-resolver";

const outcomeMessages: Record<OwnEmailOutcome, string> = {
  removed: "Адрес удалён.",
  "confirmation-sent": "Адрес сохранён. На него отправлено письмо со ссылкой для подтверждения (действует 48 часов).",
  "saved-mail-off": "Адрес сохранён. Письма с этого сервера не отправляются: электронная почта на нём не настроена.",
  "already-confirmed": "Этот адрес уже подтверждён.",
};

/**
 * The own address and its state. A saved address is unconfirmed until its link is opened; «Отправить письмо ещё
 * раз» saves the same address again, which sends a new link.
 */
export function EmailForm({ email, confirmedOn, mailOn }: { email: string | null; confirmedOn: string | null; mailOn: boolean }) {
  const [error, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [resending, setResending] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<OwnEmailInput>({
    resolver: zodResolver(ownEmailSchema),
    defaultValues: { email: email ?? "" },
  });
  const save = async (values: OwnEmailInput) => {
    setFormError(null);
    setSaved(null);
    const result = await updateOwnEmail(values);
    if (result.ok) return setSaved(outcomeMessages[result.data.outcome]);
    const message = result.fieldErrors?.email?.[0];
    if (message) setError("email", { message });
    setFormError(result.error);
  };
  const resend = async () => {
    setResending(true);
    await save({ email: email ?? "" });
    setResending(false);
  };
  const message = formState.errors.email?.message;
  return (
    <form onSubmit={handleSubmit(save)} noValidate className="space-y-4">
      {!mailOn && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Электронная почта на этом сервере не настроена: адрес можно сохранить, но писем не будет.
        </p>
      )}
      <FormMessage error={error} success={saved} />
      <Field id="email" label="Электронная почта" error={message} hint="Необязательно. Оставьте пустым, чтобы удалить адрес.">
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={Boolean(message)}
          aria-describedby={describedBy("email", message) ?? "email-hint"}
          {...register("email")}
        />
      </Field>
      {email && (
        <p className="text-sm text-slate-700" data-testid="email-state">
          {confirmedOn
            ? `Адрес ${email} подтверждён ${confirmedOn}.`
            : `Адрес ${email} не подтверждён: письма на него не приходят.`}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={formState.isSubmitting && !resending} pendingLabel="Сохраняем…">
          Сохранить адрес
        </SubmitButton>
        {email && !confirmedOn && mailOn && (
          <Button type="button" variant="secondary" disabled={formState.isSubmitting || resending} onClick={resend}>
            {resending ? "Отправляем…" : "Отправить письмо ещё раз"}
          </Button>
        )}
      </div>
    </form>
  );
}
