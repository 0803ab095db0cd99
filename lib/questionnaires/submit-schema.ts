import { z } from "zod";

/** The envelope; the answers themselves are checked against the questionnaire's own questions (answers-schema.ts). */
export const submitQuestionnaireSchema = z.object({
  responseId: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
});
