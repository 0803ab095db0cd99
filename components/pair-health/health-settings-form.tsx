"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { healthSettingsSchema, type HealthSettingsInput } from "@/lib/pair-health/health-settings-schema";
import { saveHealthSettings } from "@/lib/pair-health/save-health-settings";
import { zodResolver } from "@/lib/validation/zod-resolver";

const fields: { name: keyof HealthSettingsInput; label: string; step?: string }[] = [
  { name: "firstMeetingDays", label: "Дней после приказа без первой встречи" },
  { name: "attentionDays", label: "Дней без встреч: «требует внимания»" },
  { name: "riskDays", label: "Дней без встреч: «под риском»" },
  { name: "lowFeedbackScore", label: "Средняя оценка встреч ниже (из 5)", step: "0.5" },
  { name: "curatorAfterDays", label: "Дней «под риском» до сообщения куратору" },
];

/** The school's thresholds of pair health. */
export function HealthSettingsForm({ initial }: { initial: HealthSettingsInput }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<HealthSettingsInput>({
    resolver: zodResolver(healthSettingsSchema),
    defaultValues: initial,
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await saveHealthSettings(values);
    if (result.ok) return setMessage({ success: "Пороги сохранены." });
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof HealthSettingsInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map(({ name, label, step }) => {
          const error = formState.errors[name]?.message;
          return (
            <Field key={name} id={`health-${name}`} label={label} error={error}>
              <input
                id={`health-${name}`}
                type="number"
                inputMode="decimal"
                step={step ?? "1"}
                className={inputClass}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy(`health-${name}`, error)}
                {...register(name)}
              />
            </Field>
          );
        })}
      </div>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить пороги
      </SubmitButton>
    </form>
  );
}
