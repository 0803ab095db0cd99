"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { casePartLabels, caseParts } from "@/lib/cases/case-facts";
import { saveCaseSchema, type SaveCaseInput } from "@/lib/cases/case-schema";
import { saveCase } from "@/lib/cases/save-case";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The case's text and what the public page reveals: a checkbox per part, and names where people consented. */
export function CaseEditor({ initial }: { initial: z.output<typeof saveCaseSchema> }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<SaveCaseInput, unknown, z.output<typeof saveCaseSchema>>({
    resolver: zodResolver(saveCaseSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await saveCase(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Кейс сохранён." });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="case-title" label="Название" error={errors.title?.message}>
        <input
          id="case-title"
          className={inputClass}
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy("case-title", errors.title?.message)}
          {...form.register("title")}
        />
      </Field>
      <Field
        id="case-body"
        label="Текст кейса"
        error={errors.body?.message}
        hint="Имена людей без согласия на публикацию на открытой странице заменяются на «[имя скрыто]»"
      >
        <textarea
          id="case-body"
          rows={10}
          className={inputClass}
          aria-invalid={Boolean(errors.body)}
          aria-describedby={describedBy("case-body", errors.body?.message) ?? "case-body-hint"}
          {...form.register("body")}
        />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Что показать на открытой странице</legend>
        {caseParts.map((part) => (
          <label key={part} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" className="h-5 w-5" {...form.register(part)} /> {casePartLabels[part]}
          </label>
        ))}
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...form.register("showNames")} /> Имена участников, давших согласие на
          публикацию
        </label>
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить кейс
      </SubmitButton>
    </form>
  );
}
