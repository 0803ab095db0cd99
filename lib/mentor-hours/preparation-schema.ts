import { z } from "zod";

/** A mentor's preparation hours for one month: the month as yyyy-mm (from <input type="month">) and hours in halves. */
export const preparationSchema = z.object({
  month: z
    .string({ error: "Выберите месяц" })
    .trim()
    .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, "Выберите месяц"),
  hours: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce
      .number({ error: "Укажите часы числом" })
      .min(0, "Не меньше 0")
      .max(200, "Не больше 200 часов в месяц")
      .refine((h) => Number.isInteger(h * 2), "Часы — целые или с половиной, например 1,5"),
  ),
});

export type PreparationInput = z.input<typeof preparationSchema>;
