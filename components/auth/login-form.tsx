"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { loginSchema, type LoginInput } from "@/lib/auth/login-schema";
import { signInWithPassword } from "@/lib/auth/sign-in";

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signInWithPassword(values);
    if (result && !result.ok) setError(result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={error} />
      <Field id="login" label="Логин" error={errors.login?.message}>
        <input
          id="login"
          autoComplete="username"
          autoCapitalize="none"
          className={inputClass}
          aria-invalid={Boolean(errors.login)}
          aria-describedby={describedBy("login", errors.login?.message)}
          {...register("login")}
        />
      </Field>
      <Field id="password" label="Пароль" error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={Boolean(errors.password)}
          aria-describedby={describedBy("password", errors.password?.message)}
          {...register("password")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Входим…" className="w-full">
        Войти
      </SubmitButton>
    </form>
  );
}
