"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { preparationSchema, type PreparationInput } from "@/lib/mentor-hours/preparation-schema";
import { savePreparation } from "@/lib/mentor-hours/save-preparation";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The mentor's preparation hours for a month (0 clears them). */
export function PreparationForm({ month }: { month: string }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<PreparationInput>({
    resolver: zodResolver(preparationSchema),
    defaultValues: { month, hours: "" },
  });
  const error = (name: keyof PreparationInput) => formState.errors[name]?.message;
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await savePreparation(values);
    if (result.ok) return setMessage({ success: "Часы подготовки сохранены." });
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof PreparationInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="prep-month" label="Месяц" error={error("month")}>
          <input
            id="prep-month"
            type="month"
            className={inputClass}
            aria-invalid={Boolean(error("month"))}
            aria-describedby={describedBy("prep-month", error("month"))}
            {...register("month")}
          />
        </Field>
        <Field id="prep-hours" label="Часы подготовки" error={error("hours")}>
          <input
            id="prep-hours"
            type="number"
            step="0.5"
            min={0}
            inputMode="decimal"
            className={inputClass}
            aria-invalid={Boolean(error("hours"))}
            aria-describedby={describedBy("prep-hours", error("hours"))}
            {...register("hours")}
          />
        </Field>
      </div>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить
      </SubmitButton>
    </form>
  );
}
