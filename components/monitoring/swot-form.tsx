"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveSwot } from "@/lib/monitoring/save-swot";
import { swotFields, swotSchema, type SwotInput } from "@/lib/monitoring/swot-schema";

type SwotValues = z.output<typeof swotSchema>;

/** The curator's SWOT analysis of the programme: four free-text fields, saved together. */
export function SwotForm({ initial }: { initial: SwotInput }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<SwotInput, unknown, SwotValues>({
    resolver: zodResolver(swotSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await saveSwot(values);
    if (result.ok) {
      setMessage({ success: "SWOT-анализ сохранён." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof SwotInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        {swotFields.map(({ name, label }) => {
          const error = errors[name]?.message;
          return (
            <Field key={name} id={`swot-${name}`} label={label} error={error}>
              <textarea
                id={`swot-${name}`}
                rows={5}
                className={inputClass}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy(`swot-${name}`, error)}
                {...register(name)}
              />
            </Field>
          );
        })}
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить SWOT
      </SubmitButton>
      <FormMessage error={message.error} success={message.success} />
    </form>
  );
}
