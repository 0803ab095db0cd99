"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownResponses } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { answersSchema } from "./answers-schema";
import { submitQuestionnaireSchema } from "./submit-schema";

export const submitQuestionnaire = defineAction(
  { schema: submitQuestionnaireSchema, permission: "questionnaire:answer" },
  async ({ responseId, answers }, viewer) => {
    const response = await db.questionnaireResponse.findFirst({
      where: { id: responseId, ...ownResponses(viewer) },
      select: {
        id: true,
        status: true,
        template: {
          select: {
            questions: { select: { id: true, type: true, required: true, options: true, scaleMin: true, scaleMax: true } },
          },
        },
      },
    });
    if (!response) throw new AppError("NOT_FOUND");
    if (response.status === "SUBMITTED") throw new AppError("CONFLICT", "Эта анкета уже отправлена.");
    const questions = response.template.questions;
    const parsed = answersSchema(questions).safeParse(answers);
    if (!parsed.success) {
      throw new AppError("INVALID", "Ответьте на отмеченные вопросы.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const values = parsed.data as Record<string, unknown>;
    await db.$transaction(async (tx) => {
      // Only a PENDING row flips, so a double submit cannot write answers twice.
      const { count } = await tx.questionnaireResponse.updateMany({
        where: { id: response.id, schoolId: viewer.schoolId, status: "PENDING" },
        data: { status: "SUBMITTED", submittedAt: new Date() },
      });
      if (count === 0) throw new AppError("CONFLICT", "Эта анкета уже отправлена.");
      await tx.answer.createMany({
        data: questions
          .filter((q) => values[q.id] !== undefined && values[q.id] !== "")
          .map((q) => {
            const value = values[q.id];
            return {
              schoolId: viewer.schoolId,
              responseId: response.id,
              questionId: q.id,
              numberValue: q.type === "SCALE" || q.type === "NUMBER" ? (value as number) : null,
              textValue: q.type === "TEXT" || q.type === "SINGLE_CHOICE" ? (value as string) : null,
              dateValue: q.type === "DATE" ? parseCalendarDate(value as string) : null,
              choices: q.type === "MULTIPLE_CHOICE" ? (value as string[]) : [],
            };
          })
          .filter((a) => a.numberValue !== null || a.textValue !== null || a.dateValue !== null || a.choices.length > 0),
      });
      await recordAudit(tx, viewer, { action: "questionnaire.submit", entityType: "QuestionnaireResponse", entityId: response.id });
    });
    revalidatePath("/", "layout");
    return { id: response.id };
  },
);
