import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";
import { meetingTypes } from "./labels";

/** The field's own check allows a day of slack (any zone); checkMeeting then compares with the school's today. */
export const FUTURE_MEETING = "Встреча ещё не прошла: дата в будущем";

/** One schema for the meeting form and the logMeeting action. */
export const meetingSchema = z.object({
  mentorshipId: z.string().min(1),
  type: z.enum(meetingTypes, { error: "Выберите тип встречи" }),
  heldOn: dateField({ required: "Укажите дату встречи", notFuture: FUTURE_MEETING }),
  durationMinutes: z.coerce
    .number({ error: "Укажите длительность в минутах" })
    .int("Длительность — целое число минут")
    .min(5, "Не меньше 5 минут")
    .max(480, "Не больше 8 часов"),
  topic: z.string().trim().min(3, "Тема — не короче 3 символов").max(200, "Тема — не длиннее 200 символов"),
  summary: z.string().trim().max(4000, "Не длиннее 4000 символов").optional().default(""),
  nextSteps: z.string().trim().max(2000, "Не длиннее 2000 символов").optional().default(""),
  /** The planned meeting this one took place for ("" for none): it becomes «проведена». */
  plannedMeetingId: z.string().optional().default(""),
  // A single checkbox reaches the server as a string or false, a group as an array.
  attendeeIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []),
    z.array(z.string()),
  ),
  /** Set by the form's confirm step: save a meeting nobody attended, or one that looks like a duplicate. */
  confirmed: z.boolean().optional().default(false),
});

export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingValues = z.output<typeof meetingSchema>;

/** The same form correcting a logged meeting. */
export const editMeetingSchema = meetingSchema.extend({ meetingId: z.string().min(1) });

export const deleteMeetingSchema = z.object({ meetingId: z.string().min(1) });

/** A mentor may correct or delete a meeting this many days after logging it. */
export const MEETING_EDIT_DAYS = 7;
