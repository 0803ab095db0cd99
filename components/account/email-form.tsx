"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ownEmailSchema, type OwnEmailInput } from "@/lib/accounts/own-account-schema";
import { updateOwnEmail } from "@/lib/accounts/update-own-email";

export function EmailForm({ email }: { email: string | null }) {
  const [error, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<OwnEmailInput>({
    resolver: zodResolver(ownEmailSchema),
    defaultValues: { email: email ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = await updateOwnEmail(values);
    if (result.ok) return setSaved(result.data.email ? "Адрес сохранён." : "Адрес удалён.");
    const message = result.fieldErrors?.email?.[0];
    if (message) setError("email", { message });
    setFormError(result.error);
  });
  const message = formState.errors.email?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
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
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить адрес
      </SubmitButton>
    </form>
  );
}
