import { z } from "zod";
import { dateField, isFutureDate } from "@/lib/validation/date-field";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { optionalText } from "./schema-fields";

/**
 * A training event with the mentors who attended it: created when `eventId` is empty, else edited.
 * An event may be planned ahead; attendance is marked once it has taken place.
 */
export const trainingEventSchema = z
  .object({
    eventId: z.string().default(""),
    title: z.string().trim().min(3, "Название — не короче 3 символов").max(200, "Не длиннее 200 символов"),
    heldOn: dateField({ required: "Укажите дату занятия" }),
    description: optionalText(2000),
    attendedMentorIds: checkboxes(z.array(z.string())),
  })
  .superRefine((value, ctx) => {
    if (value.attendedMentorIds.length > 0 && isFutureDate(value.heldOn)) {
      ctx.addIssue({ code: "custom", path: ["attendedMentorIds"], message: "Посещение отмечают после занятия" });
    }
  });

export type TrainingEventInput = z.input<typeof trainingEventSchema>;
