import { z } from "zod";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export const saveDraftSchema = z.object({
  responseId: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
});

const text = z.string().max(4000);
const single = z.union([text, z.number(), z.null()]);
/** A checkbox group in a form yields false (none), one value or a list. */
const multiple = z.union([z.array(text).max(100), text, z.literal(false), z.null()]);

/** A draft is checked for shape only: known questions and value types, nothing required yet. */
export function draftShapeSchema(questions: { id: string; type: QuestionType }[]) {
  return z.strictObject(
    Object.fromEntries(questions.map((q) => [q.id, (q.type === "MULTIPLE_CHOICE" ? multiple : single).optional()])),
    { error: "В черновике есть ответы на неизвестные вопросы" },
  );
}
