"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ownResponses } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftShapeSchema, saveDraftSchema } from "./save-draft-schema";

/** Keeps the respondent's unfinished answers on their own pending questionnaire, so they can come back to them. */
export const saveDraft = defineAction(
  { schema: saveDraftSchema, permission: "questionnaire:answer" },
  async ({ responseId, answers }, viewer) => {
    const response = await db.questionnaireResponse.findFirst({
      where: { id: responseId, ...ownResponses(viewer) },
      select: {
        id: true,
        status: true,
        campaign: { select: { closedAt: true } },
        template: { select: { questions: { select: { id: true, type: true } } } },
      },
    });
    if (!response) throw new AppError("NOT_FOUND");
    if (response.status === "SUBMITTED") throw new AppError("CONFLICT", "Эта анкета уже отправлена.");
    if (response.campaign?.closedAt) throw new AppError("INVALID", "Сбор ответов на эту анкету закрыт.");
    const parsed = draftShapeSchema(response.template.questions).safeParse(answers);
    if (!parsed.success) {
      throw new AppError("INVALID", "проверьте ответы.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const savedAt = new Date();
    // The status guard keeps a late autosave from writing a draft onto a questionnaire submitted in between.
    const { count } = await db.questionnaireResponse.updateMany({
      where: { id: response.id, schoolId: viewer.schoolId, status: "PENDING" },
      data: { draft: parsed.data as Prisma.InputJsonValue, draftSavedAt: savedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", "Эта анкета уже отправлена.");
    return { savedAt };
  },
);
