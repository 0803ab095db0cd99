import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { templateFamily } from "@/lib/questionnaires/template-family";
import { questionFields } from "./get-questionnaire";

/** One version of a questionnaire for the builder: its questions, how many responses it has, and its family's versions. */
export async function getTemplate(viewer: Viewer, id: string) {
  assertCan(viewer, "questionnaire:manage-templates");
  const template = await db.questionnaireTemplate.findFirst({
    where: { id, schoolId: viewer.schoolId },
    select: {
      id: true,
      familyId: true,
      builtInKey: true,
      title: true,
      intro: true,
      purpose: true,
      audience: true,
      version: true,
      isCurrent: true,
      mentorMaySeeAnswers: true,
      createdAt: true,
      questions: {
        orderBy: { position: "asc" },
        select: { ...questionFields, position: true, section: true, parameter: true },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!template) throw new AppError("NOT_FOUND");
  const versions = await db.questionnaireTemplate.findMany({
    where: templateFamily(viewer.schoolId, template),
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      isCurrent: true,
      createdAt: true,
      _count: { select: { responses: { where: { status: "SUBMITTED" } } } },
    },
  });
  const { _count, ...rest } = template;
  return {
    ...rest,
    responses: _count.responses,
    versions: versions.map(({ _count: c, ...v }) => ({ ...v, answers: c.responses })),
  };
}

export type TemplateView = Awaited<ReturnType<typeof getTemplate>>;
