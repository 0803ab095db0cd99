"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createMentorship } from "@/lib/matching/create-mentorship";
import { mentorshipSchema, type MentorshipInput } from "@/lib/matching/mentorship-schema";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";

type Values = z.output<typeof mentorshipSchema>;
export interface Option {
  id: string;
  label: string;
  /** Why the person cannot be chosen now; empty when they can. */
  reasons: string[];
}

export function MentorshipForm({ mentors, mentees }: { mentors: Option[]; mentees: Option[] }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError } = useForm<MentorshipInput, unknown, Values>({
    resolver: zodResolver(mentorshipSchema),
    defaultValues: { mentorId: "", menteeIds: [], form: "TEACHER_PUPIL", format: "INDIVIDUAL", goal: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await createMentorship(values);
    if (result.ok) {
      reset();
      setMessage({ success: "Пара или группа сформирована." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof MentorshipInput, { message: messages.join("; ") });
    }
    setMessage({ error: result.error });
  });

  const error = (name: keyof MentorshipInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof MentorshipInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <Field
        id="mentorId"
        label="Наставник"
        error={error("mentorId")}
        hint="Недоступны наставники без согласия, справки или не готовые к работе"
      >
        <select id="mentorId" className={inputClass} {...aria("mentorId")} {...register("mentorId")}>
          <option value="">— выберите —</option>
          {mentors.map((m) => (
            <option key={m.id} value={m.id} disabled={m.reasons.length > 0}>
              {m.reasons.length ? `${m.label} — ${m.reasons.join(", ").toLowerCase()}` : m.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="form" label="Форма наставничества" error={error("form")}>
          <select id="form" className={inputClass} {...aria("form")} {...register("form")}>
            {Object.entries(formLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="format" label="Формат работы" error={error("format")}>
          <select id="format" className={inputClass} {...aria("format")} {...register("format")}>
            {Object.entries(formatLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset
        aria-describedby={describedBy("menteeIds", error("menteeIds"))}
        className="max-h-80 overflow-y-auto rounded-md border border-slate-300 p-2"
      >
        <legend className="px-1 text-sm font-medium text-slate-800">Наставляемые</legend>
        {mentees.map((m) => (
          <label key={m.id} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" value={m.id} disabled={m.reasons.length > 0} className="h-5 w-5" {...register("menteeIds")} />
            <span className={m.reasons.length ? "text-slate-600" : undefined}>
              {m.label}
              {m.reasons.length > 0 && ` — ${m.reasons.join(", ").toLowerCase()}`}
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError id="menteeIds-error" message={error("menteeIds")} />
      <Field id="goal" label="Цель работы" error={error("goal")}>
        <input id="goal" className={inputClass} {...aria("goal")} {...register("goal")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сформировать
      </SubmitButton>
    </form>
  );
}
