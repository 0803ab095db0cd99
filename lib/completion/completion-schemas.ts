import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";
import { checkboxes } from "@/lib/validation/checkbox-fields";

/** The forms a pair may choose to present its results in (the pair chooses; «Другое» with its own words in the text). */
export const presentationForms = ["Проект", "Презентация", "Выступление", "Портфолио", "Выставка работ", "Другое"] as const;

export const presentationSchema = z.object({
  mentorshipId: z.string().min(1),
  form: z.enum(presentationForms, { error: "Выберите форму презентации" }),
  summary: z.string().trim().min(10, "Опишите результаты (не короче 10 символов)").max(4000, "Не длиннее 4000 символов"),
  link: z
    .string()
    .trim()
    .max(500, "Не длиннее 500 символов")
    .refine((value) => value === "" || /^https?:\/\/\S+$/.test(value), "Ссылка должна начинаться с http:// или https://")
    .default(""),
});
export type PresentationInput = z.input<typeof presentationSchema>;

export const reflectionSchema = z.object({
  mentorshipId: z.string().min(1),
  kind: z.enum(["PERSONAL", "GROUP"]),
  achieved: z.string().trim().min(5, "Напишите, что получилось (не короче 5 символов)").max(2000, "Не длиннее 2000 символов"),
  difficulties: z.string().trim().max(2000, "Не длиннее 2000 символов").default(""),
  nextSteps: z.string().trim().max(2000, "Не длиннее 2000 символов").default(""),
  usefulness: z.coerce
    .number({ error: "Оцените от 1 до 10" })
    .int("Оцените от 1 до 10")
    .min(1, "Оцените от 1 до 10")
    .max(10, "Оцените от 1 до 10"),
});
export type ReflectionInput = z.input<typeof reflectionSchema>;

export const completePairSchema = z.object({
  mentorshipId: z.string().min(1),
  endedOn: dateField({ required: "Укажите дату", notFuture: "Дата в будущем: работа пары ещё идёт" }),
});

/** The second stage of monitoring (the same parameters as at the start) for the pairs being completed. */
export const secondMonitoringSchema = z.object({
  templateId: z.string().min(1, "Выберите анкету мониторинга"),
  dueOn: dateField({ required: "Укажите срок" }),
  mentorshipIds: checkboxes(z.array(z.string().min(1)).min(1, "Отметьте хотя бы одну пару").max(500)),
});
export type SecondMonitoringInput = z.input<typeof secondMonitoringSchema>;
