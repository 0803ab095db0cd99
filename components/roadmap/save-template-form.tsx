"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveProgrammeAsTemplate } from "@/lib/roadmap/save-programme-as-template";
import { saveTemplateSchema, type SaveTemplateInput } from "@/lib/roadmap/save-template-schema";

export function SaveTemplateForm({ programmeId, defaultName }: { programmeId: string; defaultName: string }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<
    SaveTemplateInput,
    unknown,
    z.output<typeof saveTemplateSchema>
  >({
    resolver: zodResolver(saveTemplateSchema),
    defaultValues: { programmeId, name: defaultName },
  });
  const nameError = formState.errors.name?.message;
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await saveProgrammeAsTemplate(values);
    if (result.ok)
      return setMessage({ success: `Шаблон «${values.name}» сохранён: из него можно начать программу следующего года.` });
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof SaveTemplateInput, { message: messages[0] });
    setMessage({ error: result.error });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("programmeId")} />
      <Field id="templateName" label="Название шаблона" error={nameError}>
        <input
          id="templateName"
          className={inputClass}
          aria-invalid={Boolean(nameError)}
          aria-describedby={describedBy("templateName", nameError)}
          {...register("name")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить как шаблон школы
      </SubmitButton>
    </form>
  );
}
