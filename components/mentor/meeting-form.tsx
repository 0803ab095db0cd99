"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass, FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action-result";
import { meetingTypeLabels, meetingTypes } from "@/lib/mentorships/labels";
import { logMeeting, logMeetingForMentor } from "@/lib/mentorships/log-meeting";
import { meetingSchema, type MeetingInput, type MeetingValues } from "@/lib/mentorships/meeting-schema";
import { updateMeeting } from "@/lib/mentorships/update-meeting";

type Confirmation = { values: MeetingValues; reasons: string[] };

/** A mentee who has left the pair since the meeting: their attendance is shown as recorded, not changed. */
export interface KeptAttendance {
  id: string;
  name: string;
  attended: boolean;
  /** дд.мм.гггг */
  leftOn: string | null;
}

export interface CorrectedMeeting {
  id: string;
  values: Omit<MeetingInput, "mentorshipId" | "confirmed">;
  kept: KeptAttendance[];
}

function needsConfirmation(result: ActionResult<unknown>): string[] | null {
  if (result.ok || result.code !== "CONFLICT") return null;
  const details = result.details as { needsConfirmation?: boolean; reasons?: string[] } | undefined;
  return details?.needsConfirmation ? (details.reasons ?? []) : null;
}

/**
 * Logs a meeting, or corrects one (`meeting`): a meeting nobody attended or an exact duplicate is saved only after the
 * confirm step. Every new attempt clears the previous message, so «Встреча записана» never stands next to new errors.
 */
export function MeetingForm({
  mentorshipId,
  mentees,
  meeting,
  today,
  onDone,
  planned = [],
  onBehalf = false,
}: {
  mentorshipId: string;
  /** The pair's planned meetings a logged one may be for: it then becomes «проведена». */
  planned?: { id: string; label: string }[];
  /** The curator logging on the mentor's behalf. */
  onBehalf?: boolean;
  /** The school's today (yyyy-mm-dd): the browser's own date may already be another day in the school's zone. */
  today: string;
  mentees: { id: string; name: string }[];
  meeting?: CorrectedMeeting;
  onDone?: () => void;
}) {
  const prefix = meeting ? `meeting-${meeting.id}-` : "";
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { register, handleSubmit, formState, reset, setError, setValue } = useForm<MeetingInput, unknown, MeetingValues>({
    resolver: zodResolver(meetingSchema),
    defaultValues: meeting
      ? { mentorshipId, ...meeting.values }
      : {
          mentorshipId,
          type: "REGULAR",
          heldOn: today,
          durationMinutes: 45,
          topic: "",
          summary: "",
          nextSteps: "",
          plannedMeetingId: "",
          attendeeIds: mentees.map((m) => m.id),
        },
  });
  const { errors, isSubmitting } = formState;

  async function save(values: MeetingValues) {
    setMessage({});
    setConfirmation(null);
    const result = meeting
      ? await updateMeeting({ ...values, meetingId: meeting.id })
      : onBehalf
        ? await logMeetingForMentor(values)
        : await logMeeting(values);
    if (result.ok) {
      if (meeting) {
        onDone?.();
        return;
      }
      reset({ ...values, topic: "", summary: "", nextSteps: "", plannedMeetingId: "", confirmed: false });
      const data = result.data as { warnings?: string[] };
      const warnings = data.warnings ?? [];
      setMessage({ success: ["Встреча записана.", ...warnings].join(" ") });
      return;
    }
    const reasons = needsConfirmation(result);
    if (reasons) {
      setConfirmation({ values, reasons });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof MeetingInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  }

  const onSubmit = handleSubmit(
    (values) => save({ ...values, confirmed: false }),
    () => {
      setMessage({});
      setConfirmation(null);
    },
  );

  const error = (name: keyof MeetingInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof MeetingInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(prefix + name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("mentorshipId")} />
      {!meeting && planned.length > 0 && (
        <Field id={`${prefix}plannedMeetingId`} label="По плану" error={error("plannedMeetingId")}>
          <select
            id={`${prefix}plannedMeetingId`}
            className={inputClass}
            {...aria("plannedMeetingId")}
            {...register("plannedMeetingId")}
          >
            <option value="">Не из запланированных</option>
            {planned.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${prefix}type`} label="Тип встречи" error={error("type")}>
        <select id={`${prefix}type`} className={inputClass} {...aria("type")} {...register("type")}>
          {meetingTypes.map((type) => (
            <option key={type} value={type}>
              {meetingTypeLabels[type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${prefix}heldOn`} label="Дата" error={error("heldOn")}>
          <input id={`${prefix}heldOn`} type="date" className={inputClass} {...aria("heldOn")} {...register("heldOn")} />
        </Field>
        <Field id={`${prefix}durationMinutes`} label="Длительность, мин" error={error("durationMinutes")}>
          <input
            id={`${prefix}durationMinutes`}
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            className={inputClass}
            {...aria("durationMinutes")}
            {...register("durationMinutes")}
          />
        </Field>
      </div>
      <Field id={`${prefix}topic`} label="Тема" error={error("topic")}>
        <input id={`${prefix}topic`} className={inputClass} {...aria("topic")} {...register("topic")} />
      </Field>
      <Field id={`${prefix}summary`} label="Итоги встречи" error={error("summary")} hint="Что сделали и о чём договорились">
        <textarea id={`${prefix}summary`} rows={3} className={inputClass} {...aria("summary")} {...register("summary")} />
      </Field>
      <Field id={`${prefix}nextSteps`} label="Следующие шаги" error={error("nextSteps")}>
        <textarea id={`${prefix}nextSteps`} rows={2} className={inputClass} {...aria("nextSteps")} {...register("nextSteps")} />
      </Field>
      <fieldset aria-describedby={describedBy(`${prefix}attendeeIds`, error("attendeeIds"))}>
        <legend className="text-sm font-medium text-slate-800">Присутствовали</legend>
        {mentees.length > 1 && (
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              setValue(
                "attendeeIds",
                mentees.map((m) => m.id),
              )
            }
          >
            Отметить всю группу
          </Button>
        )}
        {mentees.map((m) => (
          <label key={m.id} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="checkbox" value={m.id} className="h-5 w-5" {...register("attendeeIds")} />
            {m.name}
          </label>
        ))}
        {meeting?.kept.map((m) => (
          <label key={m.id} className="mt-1 flex min-h-10 items-center gap-2">
            <input type="checkbox" checked={m.attended} disabled readOnly className="h-5 w-5" />
            <span>
              {m.name}{" "}
              <span className="text-sm text-slate-700">
                (выбыл(а){m.leftOn && ` ${m.leftOn}`}: отметка остаётся как записана)
              </span>
            </span>
          </label>
        ))}
        <FieldError id={`${prefix}attendeeIds-error`} message={error("attendeeIds")} />
      </fieldset>
      {confirmation ? (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">Проверьте перед сохранением:</p>
          <ul className="list-disc pl-5">
            {confirmation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={confirming}
              onClick={async () => {
                setConfirming(true);
                await save({ ...confirmation.values, confirmed: true });
                setConfirming(false);
              }}
            >
              Всё верно, сохранить
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirmation(null)}>
              Исправить
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
            {meeting ? "Сохранить изменения" : "Записать встречу"}
          </SubmitButton>
          {meeting && (
            <Button type="button" variant="secondary" onClick={onDone}>
              Отмена
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
