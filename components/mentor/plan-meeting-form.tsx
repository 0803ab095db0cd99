"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { meetingTypeLabels, meetingTypes } from "@/lib/mentorships/labels";
import { planMeeting } from "@/lib/mentorships/plan-meeting";
import { plannedMeetingSchema, type PlannedMeetingInput } from "@/lib/mentorships/planned-meeting-schema";

type Values = PlannedMeetingInput & { confirmed?: boolean };

/** The mentor plans the next meeting: a type out of the model's order is saved after the confirm step. */
export function PlanMeetingForm({
  mentorshipId,
  today,
  suggestedType,
}: {
  mentorshipId: string;
  today: string;
  suggestedType: string;
}) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [confirm, setConfirm] = useState<{ values: Values; reasons: string[] } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<PlannedMeetingInput>({
    resolver: zodResolver(plannedMeetingSchema),
    defaultValues: {
      mentorshipId,
      type: suggestedType as PlannedMeetingInput["type"],
      date: today,
      time: "15:00",
      durationMinutes: 45,
      place: "",
      link: "",
      topic: "",
    },
  });
  const { errors, isSubmitting } = formState;

  async function save(values: Values) {
    setMessage({});
    setConfirm(null);
    const result = await planMeeting(values);
    if (result.ok) {
      reset({ ...values, topic: "", confirmed: false });
      setMessage({ success: "Встреча запланирована: наставляемые и родители получили уведомление." });
      return;
    }
    const details = result.details as { needsConfirmation?: boolean; reasons?: string[] } | undefined;
    if (details?.needsConfirmation) {
      setConfirm({ values, reasons: details.reasons ?? [] });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof PlannedMeetingInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  }

  const error = (name: keyof PlannedMeetingInput) => errors[name]?.message as string | undefined;
  const field = (name: keyof PlannedMeetingInput) => ({
    id: `plan-${name}`,
    className: inputClass,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(`plan-${name}`, error(name)),
    ...register(name),
  });

  return (
    <form method="post" noValidate className="space-y-3" onSubmit={handleSubmit((v) => save({ ...v, confirmed: false }))}>
      <FormMessage error={message.error} success={message.success} />
      <Field id="plan-type" label="Тип встречи" error={error("type")}>
        <select {...field("type")}>
          {meetingTypes.map((type) => (
            <option key={type} value={type}>
              {meetingTypeLabels[type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="plan-date" label="Дата" error={error("date")}>
          <input type="date" {...field("date")} />
        </Field>
        <Field id="plan-time" label="Время" error={error("time")}>
          <input type="time" {...field("time")} />
        </Field>
      </div>
      <Field id="plan-durationMinutes" label="Длительность, мин" error={error("durationMinutes")}>
        <input type="number" inputMode="numeric" min={5} max={480} {...field("durationMinutes")} />
      </Field>
      <Field id="plan-place" label="Место" error={error("place")} hint="Кабинет, адрес — или оставьте пустым для онлайн-встречи">
        <input {...field("place")} />
      </Field>
      <Field id="plan-link" label="Ссылка на онлайн-встречу" error={error("link")}>
        <input type="url" {...field("link")} />
      </Field>
      <Field id="plan-topic" label="Тема" error={error("topic")}>
        <input {...field("topic")} />
      </Field>
      {confirm ? (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">Порядок встреч по модели:</p>
          <ul className="list-disc pl-5">
            {confirm.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => save({ ...confirm.values, confirmed: true })}>
              Всё равно запланировать
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirm(null)}>
              Исправить
            </Button>
          </div>
        </div>
      ) : (
        <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
          Запланировать встречу
        </SubmitButton>
      )}
    </form>
  );
}
