import { z } from "zod";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { dateField } from "@/lib/validation/date-field";

/** One schema for the group meeting form and its action: when, where, and who of the bases was there. */
export const groupMeetingSchema = z.object({
  /** Empty for a new meeting. */
  meetingId: z.string().optional().default(""),
  heldOn: dateField({ required: "Укажите дату встречи", notFuture: "Встреча ещё не прошла: отметьте участников после неё" }),
  place: z
    .string({ error: "Укажите место встречи" })
    .trim()
    .min(3, "Место — не короче 3 символов")
    .max(200, "Место — не длиннее 200 символов"),
  mentorIds: checkboxes(z.array(z.string().min(1)).min(1, "Отметьте наставников, которые были на встрече").max(500)),
  menteeIds: checkboxes(z.array(z.string().min(1)).min(1, "Отметьте наставляемых, которые были на встрече").max(2000)),
  notes: z.string().trim().max(2000, "Не длиннее 2000 символов").optional().default(""),
});

export type GroupMeetingInput = z.input<typeof groupMeetingSchema>;
