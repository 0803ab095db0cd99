import { z } from "zod";
import { ApplicationRole } from "@/lib/generated/prisma/enums";

export const submitApplicationSchema = z.object({
  personId: z.string({ error: "Выберите, за кого заявка" }).min(1, "Выберите, за кого заявка"),
  role: z.enum(ApplicationRole, { error: "Выберите, кем участвовать" }),
  text: z
    .string({ error: "Напишите запрос или что умеете" })
    .trim()
    .min(10, "Напишите подробнее (не короче 10 символов)")
    .max(2000, "Не длиннее 2000 символов"),
});

const applicationId = z.string({ error: "Не указана заявка" }).min(1, "Не указана заявка");

export const acceptApplicationSchema = z.object({ applicationId });

export const declineApplicationSchema = z.object({
  applicationId,
  reason: z
    .string({ error: "Напишите причину отказа" })
    .trim()
    .min(5, "Напишите причину отказа (не короче 5 символов)")
    .max(1000, "Не длиннее 1000 символов"),
});

export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;
export type DeclineApplicationInput = z.input<typeof declineApplicationSchema>;
