import { z } from "zod";
import { informationSources, requestKinds } from "./labels";
import { checkboxes } from "@/lib/validation/checkbox-fields";

const id = z.string().min(1);

const checkedIds = checkboxes(z.array(id).min(1, "Отметьте хотя бы одного ученика").max(500, "Не больше 500 учеников за раз"));

export const addPupilsSchema = z.object({ personIds: checkedIds });
export type AddPupilsInput = z.input<typeof addPupilsSchema>;

export const addYoungTeacherSchema = z.object({ personId: z.string().min(1, "Выберите педагога") });
export type AddYoungTeacherInput = z.input<typeof addYoungTeacherSchema>;

export const candidateSchema = z.object({ personId: id });

export const menteeRequestSchema = z.object({
  personId: id,
  kind: z.enum(requestKinds, { error: "Выберите запрос из перечня" }),
  source: z.enum(informationSources, { error: "Укажите источник сведений" }),
  details: z.string().trim().max(2000, "Не длиннее 2000 символов").optional().default(""),
  confidential: z.boolean().optional().default(false),
  /** Only for «ОВЗ»: the longest session the limitation allows; "" when none. */
  sessionLimitMinutes: z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: "Укажите число минут" })
        .int("Целое число минут")
        .min(10, "Не меньше 10 минут")
        .max(240, "Не больше 240 минут"),
    ])
    .optional()
    .default(""),
});
export type MenteeRequestInput = z.input<typeof menteeRequestSchema>;

export const requestIdSchema = z.object({ requestId: id });

/** `mentorId`: which of the mentee's current mentors to share with; may be left out when the mentee has exactly one. */
export const shareRequestSchema = z.object({
  requestId: id,
  shared: z.boolean(),
  mentorId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
});
export type ShareRequestInput = z.input<typeof shareRequestSchema>;

export const menteeTextSchema = z.object({
  personId: id,
  request: z.string().trim().max(4000, "Не длиннее 4000 символов"),
});
export type MenteeTextInput = z.input<typeof menteeTextSchema>;
