"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { meetingTypeLabels, meetingTypes } from "@/lib/mentorships/labels";
import { editPlannedMeeting } from "@/lib/mentorships/edit-planned-meeting";
import { planMeeting } from "@/lib/mentorships/plan-meeting";
import { plannedMeetingSchema, type PlannedMeetingInput } from "@/lib/mentorships/planned-meeting-schema";

type Values = PlannedMeetingInput & { confirmed?: boolean };

/** A planned meeting as the edit form starts from it (date and time in the school's zone). */
export interface PlannedMeetingValues {
  id: string;
  type: PlannedMeetingInput["type"];
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  link: string;
  topic: string;
}

/**
 * The mentor plans the next meeting, or changes one still planned (`meeting`): a type out of the model's order is saved
 * after the confirm step.
 */
export function PlanMeetingForm({
  mentorshipId,
  today,
  suggestedType,
  meeting,
}: {
  mentorshipId: string;
  today: string;
  suggestedType: string;
  meeting?: PlannedMeetingValues;
}) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [confirm, setConfirm] = useState<{ values: Values; reasons: string[] } | null>(null);
  const prefix = meeting ? `edit-${meeting.id}` : "plan";
  const { register, handleSubmit, formState, reset, setError } = useForm<PlannedMeetingInput>({
    resolver: zodResolver(plannedMeetingSchema),
    defaultValues: meeting
      ? { mentorshipId, ...meeting }
      : {
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
    if (meeting) {
      const { mentorshipId: _pair, ...fields } = values;
      const result = await editPlannedMeeting({ ...fields, plannedMeetingId: meeting.id });
      if (result.ok) {
        setMessage({
          success: result.data.changed ? "Встреча изменена: наставляемые и родители получили уведомление." : "Изменений нет.",
        });
        return;
      }
      return showError(values, result);
    }
    const result = await planMeeting(values);
    if (result.ok) {
      reset({ ...values, topic: "", confirmed: false });
      setMessage({ success: "Встреча запланирована: наставляемые и родители получили уведомление." });
      return;
    }
    showError(values, result);
  }

  function showError(values: Values, result: { error: string; fieldErrors?: Record<string, string[]>; details?: unknown }) {
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
    id: `${prefix}-${name}`,
    className: inputClass,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(`${prefix}-${name}`, error(name)),
    ...register(name),
  });

  return (
    <form method="post" noValidate className="space-y-3" onSubmit={handleSubmit((v) => save({ ...v, confirmed: false }))}>
      <FormMessage error={message.error} success={message.success} />
      <Field id={`${prefix}-type`} label="Тип встречи" error={error("type")}>
        <select {...field("type")}>
          {meetingTypes.map((type) => (
            <option key={type} value={type}>
              {meetingTypeLabels[type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${prefix}-date`} label="Дата" error={error("date")}>
          <input type="date" {...field("date")} />
        </Field>
        <Field id={`${prefix}-time`} label="Время" error={error("time")}>
          <input type="time" {...field("time")} />
        </Field>
      </div>
      <Field id={`${prefix}-durationMinutes`} label="Длительность, мин" error={error("durationMinutes")}>
        <input type="number" inputMode="numeric" min={5} max={480} {...field("durationMinutes")} />
      </Field>
      <Field
        id={`${prefix}-place`}
        label="Место"
        error={error("place")}
        hint="Кабинет, адрес — или оставьте пустым для онлайн-встречи"
      >
        <input {...field("place")} />
      </Field>
      <Field id={`${prefix}-link`} label="Ссылка на онлайн-встречу" error={error("link")}>
        <input type="url" {...field("link")} />
      </Field>
      <Field id={`${prefix}-topic`} label="Тема" error={error("topic")}>
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
              {meeting ? "Всё равно сохранить" : "Всё равно запланировать"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirm(null)}>
              Исправить
            </Button>
          </div>
        </div>
      ) : (
        <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
          {meeting ? "Сохранить изменения" : "Запланировать встречу"}
        </SubmitButton>
      )}
    </form>
  );
}
