"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { formLabels } from "@/lib/mentorships/labels";
import { startProgrammeSchema, type StartProgrammeInput } from "@/lib/roadmap/programme-schema";
import { schoolYearLabel } from "@/lib/roadmap/schedule";
import { startProgramme } from "@/lib/roadmap/start-programme";

export function StartProgrammeForm({ years, templates }: { years: number[]; templates: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<
    StartProgrammeInput,
    unknown,
    z.output<typeof startProgrammeSchema>
  >({
    resolver: zodResolver(startProgrammeSchema),
    defaultValues: { startYear: years[0], forms: [], templateId: templates[0]?.id ?? "" },
  });
  const { errors, isSubmitting } = formState;
  const formsError = errors.forms?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await startProgramme(values);
    if (result.ok) {
      router.push(`/curator?year=${result.data.startYear}`);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof StartProgrammeInput, { message: messages[0] });
    setFormError(result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={error} />
      <Field id="startYear" label="Учебный год" error={errors.startYear?.message}>
        <select
          id="startYear"
          className={inputClass}
          aria-invalid={Boolean(errors.startYear)}
          aria-describedby={describedBy("startYear", errors.startYear?.message)}
          {...register("startYear")}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {schoolYearLabel(year)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset aria-describedby={formsError ? "forms-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Формы наставничества в программе</legend>
        {(Object.entries(formLabels) as [MentoringForm, string][]).map(([value, label]) => (
          <label key={value} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="checkbox" value={value} className="h-5 w-5" {...register("forms")} />
            {label}
          </label>
        ))}
        {formsError && (
          <p id="forms-error" role="alert" className="text-sm text-red-700">
            {formsError}
          </p>
        )}
      </fieldset>
      <Field id="templateId" label="Шаблон дорожной карты" error={errors.templateId?.message}>
        <select id="templateId" className={inputClass} {...register("templateId")}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value="">Типовой шаблон целевой модели (встроенный)</option>
        </select>
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Создаём…">
        Начать программу
      </SubmitButton>
    </form>
  );
}
