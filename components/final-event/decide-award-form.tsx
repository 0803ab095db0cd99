"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideAward } from "@/lib/final-event/decide-award";
import { decideAwardSchema, type DecideAwardInput } from "@/lib/final-event/final-event-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The director approves a proposed award or declines it with a reason. */
export function DecideAwardForm({ awardId, label }: { awardId: string; label: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<DecideAwardInput, unknown, z.output<typeof decideAwardSchema>>({
    resolver: zodResolver(decideAwardSchema),
    defaultValues: { awardId, decision: "APPROVED", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `award-${name}-${awardId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await decideAward(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-2" aria-label={`Решение: ${label}`}>
      <FormMessage error={notice.error} />
      <fieldset aria-describedby={describedBy(id("decision"), errors.decision?.message)}>
        <legend className="text-sm font-medium">Решение</legend>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="radio" value="APPROVED" className="h-5 w-5" {...form.register("decision")} /> Утвердить
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="radio" value="DECLINED" className="h-5 w-5" {...form.register("decision")} /> Отклонить
        </label>
      </fieldset>
      <FieldError id={`${id("decision")}-error`} message={errors.decision?.message} />
      <Field id={id("reason")} label="Причина отказа (если отклоняете)" error={errors.reason?.message}>
        <input
          id={id("reason")}
          className={inputClass}
          aria-invalid={Boolean(errors.reason)}
          aria-describedby={describedBy(id("reason"), errors.reason?.message)}
          {...form.register("reason")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить решение
      </SubmitButton>
    </form>
  );
}
