import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";

/** The curator ends a working pair: completed (after its final meeting) or terminated early with a reason. */
export const endMentorshipSchema = z
  .object({
    mentorshipId: z.string().min(1),
    outcome: z.enum(["COMPLETED", "TERMINATED"], { error: "Выберите, как закончилась работа пары" }),
    endedOn: dateField({ required: "Укажите дату", notFuture: "Дата в будущем: работа пары ещё идёт" }),
    reason: z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default(""),
  })
  .refine((value) => value.outcome === "COMPLETED" || value.reason.length >= 5, {
    path: ["reason"],
    message: "Укажите причину досрочного прекращения (не короче 5 символов)",
  });

export type EndMentorshipInput = z.input<typeof endMentorshipSchema>;
