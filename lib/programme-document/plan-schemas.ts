import { z } from "zod";
import { ItemStatus, MentoringForm } from "@/lib/generated/prisma/enums";

/** Which plan a row belongs to: the yearly work plan, or a form's module plan. */
export const planKey = z.union([z.literal("WORK"), z.enum(MentoringForm)], { error: "Не указан план" });

const required = (message: string, max: number) =>
  z.string({ error: message }).trim().min(2, message).max(max, `Не длиннее ${max} символов`);
const optional = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`).default("");

export const savePlanRowSchema = z.object({
  plan: planKey,
  id: z.string().default(""),
  title: required("Укажите мероприятие", 1000),
  task: optional(1000),
  period: required("Укажите срок", 200),
  responsible: required("Укажите ответственного", 300),
  status: z.enum(ItemStatus, { error: "Выберите статус" }),
  result: optional(2000),
});

export const movePlanRowSchema = z.object({
  plan: planKey,
  id: z.string({ error: "Не указана строка" }).min(1, "Не указана строка"),
  direction: z.enum(["up", "down"]),
});

export const removePlanRowSchema = movePlanRowSchema.pick({ plan: true, id: true });

export const startModulePlanSchema = z.object({ form: z.enum(MentoringForm, { error: "Не указана форма" }) });

export type SavePlanRowInput = z.input<typeof savePlanRowSchema>;
