import "server-only";
import { countResponses } from "./count-responses";
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
    },
  });
  const [all, submitted] = await Promise.all([
    countResponses([template.id]),
    countResponses(
      versions.map((v) => v.id),
      "SUBMITTED",
    ),
  ]);
  return {
    ...template,
    responses: all.get(template.id) ?? 0,
    versions: versions.map((v) => ({ ...v, answers: submitted.get(v.id) ?? 0 })),
  };
}

export type TemplateView = Awaited<ReturnType<typeof getTemplate>>;
