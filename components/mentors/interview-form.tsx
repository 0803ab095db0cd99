"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { recommendationLabels, recommendations } from "@/lib/mentors/labels";
import { recordInterview } from "@/lib/mentors/record-interview";
import { interviewSchema, type InterviewInput } from "@/lib/mentors/selection-schemas";
import { showFailure, type FormNotice } from "./show-result";

type Values = z.output<typeof interviewSchema>;

export function InterviewForm({
  mentorId,
  interviewers,
  defaultInterviewerId,
  today,
}: {
  mentorId: string;
  interviewers: { id: string; displayName: string }[];
  defaultInterviewerId: string;
  /** The school's today (yyyy-mm-dd), the default day of the interview. */
  today: string;
}) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<InterviewInput, unknown, Values>({
    resolver: zodResolver(interviewSchema),
    defaultValues: {
      mentorId,
      heldOn: today,
      interviewerId: defaultInterviewerId,
      recommendation: "RECOMMENDED",
      notes: "",
    },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await recordInterview(values);
    if (result.ok) {
      reset({ ...values, notes: "" });
      setNotice({ success: "Собеседование записано." });
    } else showFailure(result, setError, setNotice);
  });

  const error = (name: keyof InterviewInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof InterviewInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("mentorId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="heldOn" label="Дата собеседования" error={error("heldOn")}>
          <input id="heldOn" type="date" className={inputClass} {...aria("heldOn")} {...register("heldOn")} />
        </Field>
        <Field id="interviewerId" label="Кто проводил" error={error("interviewerId")}>
          <select id="interviewerId" className={inputClass} {...aria("interviewerId")} {...register("interviewerId")}>
            <option value="">— выберите —</option>
            {interviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="recommendation" label="Рекомендация" error={error("recommendation")}>
        <select id="recommendation" className={inputClass} {...aria("recommendation")} {...register("recommendation")}>
          {recommendations.map((r) => (
            <option key={r} value={r}>
              {recommendationLabels[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="notes" label="Заметки" error={error("notes")} hint="Мотивация, опыт, впечатление">
        <textarea id="notes" rows={3} className={inputClass} {...aria("notes")} {...register("notes")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Записать собеседование
      </SubmitButton>
    </form>
  );
}
