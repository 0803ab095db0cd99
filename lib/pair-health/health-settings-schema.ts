import { z } from "zod";

const days = (label: string, max: number) =>
  z.coerce
    .number({ error: `Укажите ${label} числом` })
    .int("Целое число дней")
    .min(1, "Не меньше 1 дня")
    .max(max, `Не больше ${max} дней`);

/** The school's thresholds of pair health: one schema for the form and the action. */
export const healthSettingsSchema = z
  .object({
    firstMeetingDays: days("срок первой встречи", 90),
    attentionDays: days("срок", 90),
    riskDays: days("срок", 180),
    lowFeedbackScore: z.coerce.number({ error: "Укажите оценку числом" }).min(1, "Не меньше 1").max(5, "Не больше 5"),
    curatorAfterDays: days("срок", 60),
  })
  .refine((v) => v.riskDays > v.attentionDays, {
    path: ["riskDays"],
    message: "Срок «под риском» должен быть больше срока «требует внимания»",
  });

export type HealthSettingsInput = z.input<typeof healthSettingsSchema>;
