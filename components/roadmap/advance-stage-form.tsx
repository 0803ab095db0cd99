"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { advanceStage } from "@/lib/roadmap/advance-stage";
import { advanceStageSchema, type AdvanceStageInput } from "@/lib/roadmap/stage-schema";

export function AdvanceStageForm({
  programmeId,
  nextTitle,
  openItems,
}: {
  programmeId: string;
  nextTitle: string;
  openItems: number;
}) {
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<
    AdvanceStageInput,
    unknown,
    z.output<typeof advanceStageSchema>
  >({
    resolver: zodResolver(advanceStageSchema),
    defaultValues: { programmeId, overrideReason: "" },
  });
  const reasonError = formState.errors.overrideReason?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await advanceStage(values);
    if (result.ok) return;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof AdvanceStageInput, { message: messages[0] });
    setFormError(result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-2 rounded-md bg-slate-50 p-3">
      <FormMessage error={error} />
      <input type="hidden" {...register("programmeId")} />
      {openItems > 0 && (
        <Field
          id="overrideReason"
          label="Причина перехода с невыполненными пунктами"
          hint={`На этапе невыполненных пунктов: ${openItems}. Переход без их завершения возможен только с письменной причиной — она сохранится в карте.`}
          error={reasonError}
        >
          <textarea
            id="overrideReason"
            rows={2}
            className={inputClass}
            aria-invalid={Boolean(reasonError)}
            aria-describedby={describedBy("overrideReason", reasonError) ?? "overrideReason-hint"}
            {...register("overrideReason")}
          />
        </Field>
      )}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Переходим…">
        Перейти к этапу «{nextTitle}»
      </SubmitButton>
    </form>
  );
}
