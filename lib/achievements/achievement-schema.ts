import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";
import { achievementKinds, achievementLevels, achievementResults } from "./labels";

/** The fields of the achievement form, shared by the form (react-hook-form) and the action. */
export const achievementFields = z.object({
  mentorshipId: z.string().min(1),
  menteeId: z.string().min(1, "Выберите наставляемого"),
  kind: z.enum(achievementKinds, { error: "Выберите вид" }),
  title: z.string().trim().min(3, "Название — не короче 3 символов").max(300, "Название — не длиннее 300 символов"),
  level: z.enum(achievementLevels, { error: "Выберите уровень" }),
  result: z.enum(achievementResults, { error: "Выберите результат" }),
  achievedOn: dateField({ required: "Укажите дату", notFuture: "Дата ещё не наступила" }),
});

export type AchievementValues = z.input<typeof achievementFields>;

/** The form sends FormData: the fields and an optional evidence file (a diploma, a certificate). */
export const recordAchievementSchema = z
  .instanceof(FormData, { error: "Заполните форму" })
  .transform((form) => {
    const file = form.get("file");
    return {
      ...Object.fromEntries([...form.entries()].filter(([key]) => key !== "file")),
      file: file instanceof File && file.size > 0 ? file : null,
    };
  })
  .pipe(achievementFields.extend({ file: z.instanceof(File).nullable() }));

export const removeAchievementSchema = z.object({ achievementId: z.string().min(1) });
