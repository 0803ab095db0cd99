import { z } from "zod";
import { InterviewRecommendation } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";
import { optionalText } from "./schema-fields";
import { MIN_DECLINE_REASON } from "./selection-rules";

export const interviewSchema = z.object({
  mentorId: z.string().min(1),
  heldOn: dateField({ required: "Укажите дату собеседования", notFuture: "Собеседование ещё не прошло: дата в будущем" }),
  interviewerId: z.string().min(1, "Выберите, кто проводил собеседование"),
  notes: optionalText(4000),
  recommendation: z.enum(InterviewRecommendation, { error: "Выберите рекомендацию" }),
});

export type InterviewInput = z.input<typeof interviewSchema>;

/** «Отметить обученным», «Отметить готовым», «Вернуть в кандидаты». */
export const mentorStepSchema = z.object({ mentorId: z.string().min(1) });

export const declineSchema = z.object({
  mentorId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(MIN_DECLINE_REASON, `Укажите причину — не короче ${MIN_DECLINE_REASON} символов`)
    .max(1000, "Не длиннее 1000 символов"),
});

export type DeclineInput = z.input<typeof declineSchema>;
