"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { presentationForms, presentationSchema, type PresentationInput } from "@/lib/completion/completion-schemas";
import { savePresentation } from "@/lib/completion/save-presentation";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The pair's mentor records the presentation of the pair's results, in the form the pair chose. */
export function PresentationForm({ defaults }: { defaults: PresentationInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<PresentationInput, unknown, z.output<typeof presentationSchema>>({
    resolver: zodResolver(presentationSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await savePresentation(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Презентация сохранена" });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="presentation-form" label="Форма презентации" error={errors.form?.message}>
        <select
          id="presentation-form"
          className={inputClass}
          aria-invalid={Boolean(errors.form)}
          aria-describedby={describedBy("presentation-form", errors.form?.message)}
          {...form.register("form")}
        >
          {presentationForms.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </Field>
      <Field id="presentation-summary" label="Что пара показала: результаты работы" error={errors.summary?.message}>
        <textarea
          id="presentation-summary"
          rows={4}
          className={inputClass}
          aria-invalid={Boolean(errors.summary)}
          aria-describedby={describedBy("presentation-summary", errors.summary?.message)}
          {...form.register("summary")}
        />
      </Field>
      <Field
        id="presentation-link"
        label="Ссылка на материалы (необязательно)"
        hint="Например, на презентацию или видео выступления"
        error={errors.link?.message}
      >
        <input
          id="presentation-link"
          type="url"
          className={inputClass}
          aria-invalid={Boolean(errors.link)}
          aria-describedby={describedBy("presentation-link", errors.link?.message)}
          {...form.register("link")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить презентацию
      </SubmitButton>
    </form>
  );
}
