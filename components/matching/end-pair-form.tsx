"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { endMentorship } from "@/lib/mentorships/end-mentorship";
import { endMentorshipSchema, type EndMentorshipInput } from "@/lib/mentorships/end-mentorship-schema";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The curator ends a working pair: completed after its final meeting, or terminated early with a reason. */
export function EndPairForm({ mentorshipId, pairName, today }: { mentorshipId: string; pairName: string; today: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<EndMentorshipInput, unknown, z.output<typeof endMentorshipSchema>>({
    resolver: zodResolver(endMentorshipSchema),
    defaultValues: { mentorshipId, outcome: "COMPLETED", endedOn: today, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `end-${name}-${mentorshipId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await endMentorship(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    router.refresh();
  });
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-800" aria-label={`Закончить работу: ${pairName}`}>
        Закончить…
      </summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-2 w-64 space-y-2">
        <FormMessage error={notice.error} />
        <fieldset aria-describedby={describedBy(id("outcome"), errors.outcome?.message)}>
          <legend className="text-sm font-medium">Как закончилась работа</legend>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" value="COMPLETED" className="h-5 w-5" {...form.register("outcome")} /> Завершена
          </label>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" value="TERMINATED" className="h-5 w-5" {...form.register("outcome")} /> Прекращена досрочно
          </label>
        </fieldset>
        <FieldError id={`${id("outcome")}-error`} message={errors.outcome?.message} />
        <Field id={id("date")} label="Дата" error={errors.endedOn?.message}>
          <input
            id={id("date")}
            type="date"
            className={inputClass}
            aria-invalid={Boolean(errors.endedOn)}
            aria-describedby={describedBy(id("date"), errors.endedOn?.message)}
            {...form.register("endedOn")}
          />
        </Field>
        <Field id={id("reason")} label="Причина или итог" error={errors.reason?.message}>
          <textarea
            id={id("reason")}
            rows={2}
            className={inputClass}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={describedBy(id("reason"), errors.reason?.message)}
            {...form.register("reason")}
          />
        </Field>
        <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
          Закончить работу пары
        </SubmitButton>
      </form>
    </details>
  );
}
