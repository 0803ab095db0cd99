import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate, todayCalendarDate } from "@/lib/format/date";
import { Prisma } from "@/lib/generated/prisma/client";
import { answersSchema } from "../answers-schema";

/**
 * Checks and stores a filled questionnaire: by the respondent, or by the curator from a paper form (`onBehalf`).
 * A response of a campaign needs the campaign open and the subject's MENTORING consent still valid; the old responses
 * made without a campaign predate consent gating and are only checked for their answers.
 */
export async function recordSubmission(
  viewer: Viewer,
  where: Prisma.QuestionnaireResponseWhereInput,
  answers: Record<string, unknown>,
  onBehalf: boolean,
) {
  const response = await db.questionnaireResponse.findFirst({
    where,
    select: {
      id: true,
      status: true,
      subjectId: true,
      campaign: { select: { closedAt: true } },
      template: {
        select: {
          questions: { select: { id: true, type: true, required: true, options: true, scaleMin: true, scaleMax: true } },
        },
      },
    },
  });
  if (!response) throw new AppError("NOT_FOUND");
  if (response.status === "SUBMITTED") throw new AppError("CONFLICT", "Эта анкета уже отправлена.");
  if (response.campaign?.closedAt) throw new AppError("INVALID", "Сбор ответов на эту анкету закрыт.");
  if (response.campaign) {
    const status = (await loadConsentStatuses(viewer.schoolId, [response.subjectId], todayCalendarDate(viewer.timeZone))).get(
      response.subjectId,
    );
    if (!status?.valid) {
      throw new AppError("INVALID", "Нет действующего согласия на обработку персональных данных: анкету нельзя отправить.");
    }
  }
  const questions = response.template.questions;
  const parsed = answersSchema(questions).safeParse(answers);
  if (!parsed.success) {
    throw new AppError(
      "INVALID",
      "Ответьте на отмеченные вопросы.",
      z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    );
  }
  const values = parsed.data as Record<string, unknown>;
  await db.$transaction(async (tx) => {
    // Only a PENDING row flips, so a double submit cannot write answers twice.
    const { count } = await tx.questionnaireResponse.updateMany({
      where: { id: response.id, schoolId: viewer.schoolId, status: "PENDING" },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        draft: Prisma.DbNull,
        draftSavedAt: null,
        enteredById: onBehalf ? viewer.userId : null,
      },
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
    await recordAudit(tx, viewer, {
      action: onBehalf ? "questionnaire.enter-paper" : "questionnaire.submit",
      entityType: "QuestionnaireResponse",
      entityId: response.id,
    });
  });
  return { id: response.id };
}
