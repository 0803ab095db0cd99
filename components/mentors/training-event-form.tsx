"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MentorStatus } from "@/lib/generated/prisma/enums";
import { mentorStatusLabels } from "@/lib/mentors/labels";
import { saveTrainingEvent } from "@/lib/mentors/save-training-event";
import { trainingEventSchema, type TrainingEventInput } from "@/lib/mentors/training-schema";
import { showFailure, type FormNotice } from "./show-result";

type Values = z.output<typeof trainingEventSchema>;

/** Creates a training event, or edits one and its attendance when `event` is given. */
export function TrainingEventForm({
  event,
  mentors,
  today,
}: {
  event?: { id: string; title: string; heldOn: string; description: string | null; attendedMentorIds: string[] };
  mentors: { id: string; name: string; status: MentorStatus }[];
  /** The school's today (yyyy-mm-dd), the default day of a new event. */
  today: string;
}) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<TrainingEventInput, unknown, Values>({
    resolver: zodResolver(trainingEventSchema),
    defaultValues: {
      eventId: event?.id ?? "",
      title: event?.title ?? "",
      heldOn: event?.heldOn ?? today,
      description: event?.description ?? "",
      attendedMentorIds: event?.attendedMentorIds ?? [],
    },
  });
  const { errors, isSubmitting } = formState;
  const prefix = event ? `event-${event.id}-` : "event-new-";
  const id = (name: string) => `${prefix}${name}`;
  const error = (name: keyof TrainingEventInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof TrainingEventInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(id(name), error(name)),
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await saveTrainingEvent(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    if (!event) reset();
    setNotice({ success: event ? "Посещение сохранено." : "Занятие добавлено." });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("eventId")} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id={id("title")} label="Название занятия" error={error("title")}>
          <input id={id("title")} className={inputClass} {...aria("title")} {...register("title")} />
        </Field>
        <Field id={id("heldOn")} label="Дата" error={error("heldOn")}>
          <input id={id("heldOn")} type="date" className={inputClass} {...aria("heldOn")} {...register("heldOn")} />
        </Field>
      </div>
      <Field id={id("description")} label="Описание" error={error("description")}>
        <textarea id={id("description")} rows={2} className={inputClass} {...aria("description")} {...register("description")} />
      </Field>
      <fieldset aria-describedby={describedBy(id("attendedMentorIds"), error("attendedMentorIds"))}>
        <legend className="text-sm font-medium text-slate-800">Присутствовали</legend>
        {mentors.length === 0 && <p className="text-sm text-slate-700">В базе пока нет наставников.</p>}
        <div className="grid gap-x-4 sm:grid-cols-2">
          {mentors.map((m) => (
            <label key={m.id} className="mt-1 flex min-h-10 items-center gap-2">
              <input type="checkbox" value={m.id} className="h-5 w-5 shrink-0" {...register("attendedMentorIds")} />
              <span>
                {m.name} <span className="text-sm text-slate-600">({mentorStatusLabels[m.status]})</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id={id("attendedMentorIds-error")} message={error("attendedMentorIds")} />
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        {event ? "Сохранить посещение" : "Добавить занятие"}
      </SubmitButton>
    </form>
  );
}
