import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";
import { meetingTypes } from "./labels";

const plannedMeetingFields = z.object({
  mentorshipId: z.string().min(1),
  type: z.enum(meetingTypes, { error: "Выберите тип встречи" }),
  date: dateField({ required: "Укажите дату встречи" }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Укажите время в виде чч:мм"),
  durationMinutes: z.coerce
    .number({ error: "Укажите длительность в минутах" })
    .int("Длительность — целое число минут")
    .min(5, "Не меньше 5 минут")
    .max(480, "Не больше 8 часов"),
  place: z.string().trim().max(200, "Не длиннее 200 символов").optional().default(""),
  link: z
    .string()
    .trim()
    .max(500, "Не длиннее 500 символов")
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "Ссылка начинается с https://")
    .optional()
    .default(""),
  topic: z.string().trim().min(3, "Тема — не короче 3 символов").max(200, "Тема — не длиннее 200 символов"),
  /** Set by the form's confirm step: plan a meeting out of the model's order. */
  confirmed: z.boolean().optional().default(false),
});

const placeOrLink = (v: { place: string; link: string }) => v.place !== "" || v.link !== "";
const placeOrLinkError = { message: "Укажите место или ссылку на онлайн-встречу", path: ["place"] };

/** One schema for the «plan a meeting» form and the planMeeting action. */
export const plannedMeetingSchema = plannedMeetingFields.refine(placeOrLink, placeOrLinkError);

/** The same fields for changing a meeting still planned (editPlannedMeeting): its pair stays. */
export const editPlannedMeetingSchema = plannedMeetingFields
  .omit({ mentorshipId: true })
  .extend({ plannedMeetingId: z.string().min(1) })
  .refine(placeOrLink, placeOrLinkError);

export type EditPlannedMeetingInput = z.input<typeof editPlannedMeetingSchema>;

export type PlannedMeetingInput = z.input<typeof plannedMeetingSchema>;

/** Cancel a planned meeting, or record that it did not take place, with a reason. */
export const closePlannedMeetingSchema = z.object({
  plannedMeetingId: z.string().min(1),
  status: z.enum(["CANCELLED", "NOT_HELD"]),
  reason: z.string().trim().min(3, "Укажите причину — не короче 3 символов").max(500, "Не длиннее 500 символов"),
});
