"use server";

import { randomUUID } from "node:crypto";
import { countResponses } from "./count-responses";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { questionRows } from "./library/template-rows";
import { saveTemplateSchema, type TemplateContent } from "./template-content-schema";
import { templateFamily } from "@/lib/questionnaires/template-family";
import { isUniqueViolation } from "@/lib/db/unique-violation";

type Tx = Prisma.TransactionClient;

/**
 * The builder's save. An unanswered template is rewritten in place; once anyone has a response to it (even a pending
 * one), the edit becomes a new version of the family and the old version, with its answers, stays as it was.
 */
export const saveTemplate = defineAction(
  { schema: saveTemplateSchema, permission: "questionnaire:manage-templates" },
  async ({ templateId, ...content }, viewer) => {
    const saved = await db
      .$transaction(async (tx) => {
        if (!templateId) return createFirstVersion(tx, viewer, content);
        const current = await tx.questionnaireTemplate.findFirst({
          where: { id: templateId, schoolId: viewer.schoolId },
          select: {
            id: true,
            familyId: true,
            builtInKey: true,
            version: true,
            isCurrent: true,
          },
        });
        if (!current) throw new AppError("NOT_FOUND");
        if (!current.isCurrent) throw new AppError("CONFLICT", "Это прежняя версия анкеты: править можно только текущую.");
        const answered = (await countResponses([current.id], undefined, tx)).get(current.id) ?? 0;
        if (answered === 0) return updateInPlace(tx, viewer, current.id, current.version, content);
        return createNextVersion(tx, viewer, { ...current, familyId: current.familyId ?? current.id }, content);
      })
      .catch((error: unknown) => {
        // Two curators saving an answered template at once: the second new version collides on (familyId, version).
        if (isUniqueViolation(error)) throw new AppError("CONFLICT");
        throw error;
      });
    revalidatePath("/curator/questionnaires");
    return saved;
  },
);

const templateFields = (content: TemplateContent) => ({
  title: content.title,
  intro: content.intro || null,
  purpose: content.purpose,
  audience: content.audience,
  mentorMaySeeAnswers: content.mentorMaySeeAnswers,
});

async function createFirstVersion(tx: Tx, viewer: Viewer, content: TemplateContent) {
  const id = randomUUID();
  await tx.questionnaireTemplate.create({
    data: { id, familyId: id, schoolId: viewer.schoolId, version: 1, ...templateFields(content) },
  });
  await tx.question.createMany({ data: questionRows(viewer.schoolId, id, content.questions, randomUUID) });
  await recordAudit(tx, viewer, { action: "questionnaire-template.create", entityType: "QuestionnaireTemplate", entityId: id });
  return { id, version: 1, newVersion: false };
}

async function updateInPlace(tx: Tx, viewer: Viewer, id: string, version: number, content: TemplateContent) {
  await tx.questionnaireTemplate.update({ where: { id, schoolId: viewer.schoolId }, data: templateFields(content) });
  await tx.question.deleteMany({ where: { templateId: id, schoolId: viewer.schoolId } });
  await tx.question.createMany({ data: questionRows(viewer.schoolId, id, content.questions, randomUUID) });
  await recordAudit(tx, viewer, {
    action: "questionnaire-template.update",
    entityType: "QuestionnaireTemplate",
    entityId: id,
    details: { version, questions: content.questions.length },
  });
  return { id, version, newVersion: false };
}

async function createNextVersion(
  tx: Tx,
  viewer: Viewer,
  previous: { id: string; familyId: string; builtInKey: string | null },
  content: TemplateContent,
) {
  const latest = await tx.questionnaireTemplate.aggregate({
    where: templateFamily(viewer.schoolId, previous),
    _max: { version: true },
  });
  const version = (latest._max.version ?? 1) + 1;
  // Old rows may have no family yet: the family is named after the first version's id.
  await tx.questionnaireTemplate.update({
    where: { id: previous.id, schoolId: viewer.schoolId },
    data: { isCurrent: false, familyId: previous.familyId },
  });
  const id = randomUUID();
  await tx.questionnaireTemplate.create({
    data: {
      id,
      schoolId: viewer.schoolId,
      familyId: previous.familyId,
      builtInKey: previous.builtInKey,
      version,
      isCurrent: true,
      ...templateFields(content),
    },
  });
  await tx.question.createMany({ data: questionRows(viewer.schoolId, id, content.questions, randomUUID) });
  await recordAudit(tx, viewer, {
    action: "questionnaire-template.version",
    entityType: "QuestionnaireTemplate",
    entityId: id,
    details: { previousId: previous.id, version },
  });
  return { id, version, newVersion: true };
}
