import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";

export const yearCloseDecisions = ["COMPLETE", "TERMINATE", "CARRY_OVER"] as const;
export type YearCloseDecision = (typeof yearCloseDecisions)[number];

export const yearCloseDecisionLabels: Record<YearCloseDecision, string> = {
  COMPLETE: "Завершить",
  TERMINATE: "Прекратить",
  CARRY_OVER: "Перенести в следующую программу",
};

/** Closing a programme's year: a decision for every open pair, and the day the pairs end. */
export const closeYearSchema = z.object({
  programmeId: z.string().min(1),
  endedOn: dateField({ required: "Укажите дату", notFuture: "Дата в будущем: год ещё не закончился" }),
  decisions: z
    .array(
      z.object({
        mentorshipId: z.string().min(1),
        decision: z.enum(yearCloseDecisions, { error: "Выберите, что сделать с парой" }),
        reason: z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default(""),
      }),
    )
    .max(2000),
});

export type CloseYearInput = z.input<typeof closeYearSchema>;
