"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createSchool } from "@/lib/platform/create-school-action";
import { newSchoolSchema, type NewSchool, type NewSchoolInput } from "@/lib/platform/new-school-schema";
import { zodResolver } from "@/lib/validation/zod-resolver";

const fields: { name: keyof NewSchoolInput; label: string; hint?: string }[] = [
  { name: "municipalityName", label: "Муниципалитет", hint: "Новый создаётся, существующий находится по названию." },
  { name: "schoolName", label: "Полное название школы" },
  { name: "shortName", label: "Краткое название" },
  { name: "slug", label: "Адрес школы (латиницей)", hint: "Например, sosh-12." },
  { name: "adminLastName", label: "Фамилия администратора" },
  { name: "adminFirstName", label: "Имя администратора" },
  { name: "adminMiddleName", label: "Отчество администратора (если есть)" },
];

/** The operator's form: a school and its first admin; the admin's one-time code is shown once after saving. */
export function NewSchoolForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [code, setCode] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<NewSchoolInput, unknown, NewSchool>({
    resolver: zodResolver(newSchoolSchema),
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    setCode(null);
    const result = await createSchool(values);
    if (result.ok) {
      setMessage({ success: `Школа «${result.data.schoolName}» создана в муниципалитете «${result.data.municipalityName}».` });
      setCode(result.data.code);
      reset();
      router.refresh();
      return;
    }
    for (const [field, errors] of Object.entries(result.fieldErrors ?? {})) {
      if (errors?.[0]) setError(field as keyof NewSchoolInput, { message: errors[0] });
    }
    setMessage({ error: result.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      {code && (
        <p className="rounded-md bg-blue-50 p-3" data-testid="admin-code">
          Код приглашения администратора (показывается один раз, действует 30 дней, вводится на странице /join):{" "}
          <strong className="font-mono text-lg">{code}</strong>
        </p>
      )}
      {fields.map(({ name, label, hint }) => {
        const error = formState.errors[name]?.message;
        return (
          <Field key={name} id={name} label={label} hint={hint} error={error}>
            <input
              id={name}
              className={inputClass}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? describedBy(name, error) : hint ? `${name}-hint` : undefined}
              {...register(name)}
            />
          </Field>
        );
      })}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Создаём…">
        Создать школу
      </SubmitButton>
    </form>
  );
}
