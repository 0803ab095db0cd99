"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import Link from "next/link";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  linkableKinds,
  linkExistingSchema,
  signUpSchemas,
  type SignUpInput,
  type SignUpKind,
} from "@/lib/invitations/invitation-schema";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";

type FieldName = keyof SignUpInput;
type Mode = "new" | "existing";

const fieldsByKind: Record<SignUpKind, FieldName[]> = {
  mentee: ["login", "password", "passwordConfirm"],
  "password-reset": ["password", "passwordConfirm"],
  parent: ["lastName", "firstName", "middleName", "login", "password", "passwordConfirm"],
  account: ["login", "password", "passwordConfirm"],
};
const existingFields: FieldName[] = ["login", "password"];

const existingSettings: Partial<Record<FieldName, { label: string; type?: string; autoComplete: string; hint?: string }>> = {
  login: { label: "Ваш логин", autoComplete: "username" },
  password: { label: "Ваш пароль", type: "password", autoComplete: "current-password" },
};

const fieldSettings: Record<
  Exclude<FieldName, "code" | "mode">,
  { label: string; type?: string; autoComplete: string; hint?: string }
> = {
  lastName: { label: "Фамилия", autoComplete: "family-name" },
  firstName: { label: "Имя", autoComplete: "given-name" },
  middleName: { label: "Отчество", autoComplete: "additional-name", hint: "Если есть" },
  login: { label: "Логин", autoComplete: "username", hint: "3–40 символов: латинские буквы, цифры, точка, дефис, подчёркивание" },
  password: { label: "Пароль", type: "password", autoComplete: "new-password", hint: "Не короче 8 символов" },
  passwordConfirm: { label: "Повторите пароль", type: "password", autoComplete: "new-password" },
};

/**
 * The sign-up form for one invitation code; which fields it asks for depends on whom the code is for. A parent's,
 * staff or mentor code can instead be linked to an account the person already has («У меня уже есть аккаунт»).
 */
export function JoinForm({ code, kind }: { code: string; kind: SignUpKind }) {
  const [mode, setMode] = useState<Mode>("new");
  return (
    <>
      {linkableKinds.includes(kind) && (
        <fieldset className="mb-4 space-y-2">
          <legend className="text-sm font-medium text-slate-800">Аккаунт в «Наставнике»</legend>
          {(["new", "existing"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="join-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {value === "new" ? "Создать новый аккаунт" : "У меня уже есть аккаунт — добавить к нему"}
            </label>
          ))}
        </fieldset>
      )}
      <ModeForm key={mode} code={code} kind={kind} mode={mode} />
    </>
  );
}

function ModeForm({ code, kind, mode }: { code: string; kind: SignUpKind; mode: Mode }) {
  const [error, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ login: string | null; linked: boolean } | null>(null);
  const existing = mode === "existing";
  const { register, handleSubmit, formState, setError } = useForm<SignUpInput>({
    resolver: zodResolver(existing ? linkExistingSchema : signUpSchemas[kind]) as unknown as Resolver<SignUpInput>,
    defaultValues: { code, mode, login: "", password: "", passwordConfirm: "", lastName: "", firstName: "", middleName: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await redeemInvitation(values);
    if (result.ok) {
      setDone({ login: result.data.login, linked: result.data.linked });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as FieldName, { message: messages[0] });
    }
    setFormError(result.error);
  });

  if (done) {
    return (
      <div role="status" className="space-y-3">
        <h2 className="text-xl font-semibold">
          {done.linked ? "Готово: код добавлен к вашему аккаунту" : done.login ? "Аккаунт создан" : "Пароль изменён"}
        </h2>
        {done.linked ? (
          <p>Входите как обычно, со своим логином и паролем: новая роль или ребёнок уже в вашем аккаунте.</p>
        ) : done.login ? (
          <p>
            Ваш логин: <strong className="font-mono">{done.login}</strong>. Запомните его и пароль.
          </p>
        ) : (
          <p>Входите со своим прежним логином и новым паролем. Если логин забыт, спросите его у куратора программы.</p>
        )}
        <Link
          href="/login"
          className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Войти
        </Link>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={error} />
      <input type="hidden" {...register("code")} />
      <input type="hidden" {...register("mode")} />
      {(existing ? existingFields : fieldsByKind[kind]).map((name) => {
        const settings =
          (existing ? existingSettings[name] : undefined) ?? fieldSettings[name as Exclude<FieldName, "code" | "mode">];
        const message = errors[name]?.message;
        return (
          <Field key={name} id={name} label={settings.label} error={message} hint={settings.hint}>
            <input
              id={name}
              type={settings.type ?? "text"}
              autoComplete={settings.autoComplete}
              autoCapitalize={name === "login" ? "none" : undefined}
              className={inputClass}
              aria-invalid={Boolean(message)}
              aria-describedby={describedBy(name, message) ?? (settings.hint ? `${name}-hint` : undefined)}
              {...register(name)}
            />
          </Field>
        );
      })}
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…" className="w-full">
        {existing ? "Добавить к моему аккаунту" : kind === "password-reset" ? "Сохранить пароль" : "Создать аккаунт"}
      </SubmitButton>
    </form>
  );
}
