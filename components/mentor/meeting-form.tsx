"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { meetingTypeLabels, meetingTypes } from "@/lib/mentorships/labels";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { meetingSchema, type MeetingInput } from "@/lib/mentorships/meeting-schema";

type MeetingValues = z.output<typeof meetingSchema>;

export function MeetingForm({ mentorshipId, mentees }: { mentorshipId: string; mentees: { id: string; name: string }[] }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError } = useForm<MeetingInput, unknown, MeetingValues>({
    resolver: zodResolver(meetingSchema),
    defaultValues: {
      mentorshipId,
      type: "REGULAR",
      heldOn: new Date().toISOString().slice(0, 10),
      durationMinutes: 45,
      topic: "",
      summary: "",
      attendeeIds: mentees.map((m) => m.id),
    },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await logMeeting(values);
    if (result.ok) {
      reset({ ...values, topic: "", summary: "" });
      setMessage({ success: "Встреча записана." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof MeetingInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });

  const error = (name: keyof MeetingInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof MeetingInput) => ({ "aria-invalid": Boolean(errors[name]), "aria-describedby": describedBy(name, error(name)) });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("mentorshipId")} />
      <Field id="type" label="Тип встречи" error={error("type")}>
        <select id="type" className={inputClass} {...aria("type")} {...register("type")}>
          {meetingTypes.map((type) => (
            <option key={type} value={type}>
              {meetingTypeLabels[type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="heldOn" label="Дата" error={error("heldOn")}>
          <input id="heldOn" type="date" className={inputClass} {...aria("heldOn")} {...register("heldOn")} />
        </Field>
        <Field id="durationMinutes" label="Длительность, мин" error={error("durationMinutes")}>
          <input id="durationMinutes" type="number" inputMode="numeric" min={5} max={480} className={inputClass} {...aria("durationMinutes")} {...register("durationMinutes")} />
        </Field>
      </div>
      <Field id="topic" label="Тема" error={error("topic")}>
        <input id="topic" className={inputClass} {...aria("topic")} {...register("topic")} />
      </Field>
      <Field id="summary" label="Итоги встречи" error={error("summary")} hint="Что сделали и о чём договорились">
        <textarea id="summary" rows={3} className={inputClass} {...aria("summary")} {...register("summary")} />
      </Field>
      <fieldset aria-describedby={describedBy("attendeeIds", error("attendeeIds"))}>
        <legend className="text-sm font-medium text-slate-800">Присутствовали</legend>
        {mentees.map((m) => (
          <label key={m.id} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="checkbox" value={m.id} className="h-5 w-5" {...register("attendeeIds")} />
            {m.name}
          </label>
        ))}
        {error("attendeeIds") && (
          <p id="attendeeIds-error" role="alert" className="text-sm text-red-700">
            {error("attendeeIds")}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Записать встречу
      </SubmitButton>
    </form>
  );
}
