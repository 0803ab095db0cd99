"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/accounts/own-account-schema";

const fields = [
  { name: "currentPassword", label: "Текущий пароль", autoComplete: "current-password" },
  { name: "password", label: "Новый пароль", autoComplete: "new-password", hint: "Не короче 8 символов" },
  { name: "passwordConfirm", label: "Повторите новый пароль", autoComplete: "new-password" },
] as const;

/** After the change every session ends, this one too: the form says so and leads to the sign-in page. */
export function ChangePasswordForm() {
  const [error, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<ChangeOwnPasswordInput>({
    resolver: zodResolver(changeOwnPasswordSchema),
    defaultValues: { currentPassword: "", password: "", passwordConfirm: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeOwnPassword(values);
    if (result.ok) return setDone(true);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof ChangeOwnPasswordInput, { message: messages[0] });
    setFormError(result.error);
  });
  if (done) {
    return (
      <div role="status" className="space-y-3">
        <p className="font-medium">Пароль изменён. Все сеансы завершены — войдите снова с новым паролем.</p>
        <a
          href="/login"
          className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Войти
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={error} />
      {fields.map((f) => {
        const message = formState.errors[f.name]?.message;
        const hint = "hint" in f ? f.hint : undefined;
        return (
          <Field key={f.name} id={f.name} label={f.label} error={message} hint={hint}>
            <input
              id={f.name}
              type="password"
              autoComplete={f.autoComplete}
              className={inputClass}
              aria-invalid={Boolean(message)}
              aria-describedby={describedBy(f.name, message) ?? (hint ? `${f.name}-hint` : undefined)}
              {...register(f.name)}
            />
          </Field>
        );
      })}
      <p className="text-sm text-slate-700">
        После смены пароля все сеансы завершатся, и этот тоже: войдите снова с новым паролем.
      </p>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сменить пароль
      </SubmitButton>
    </form>
  );
}
