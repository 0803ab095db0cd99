import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ownResponses } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { respondentTitle } from "./respondent-title";

/**
 * Questionnaires waiting for the viewer's answer in one of their roles, with whom each one is about.
 * Those of a closed campaign are gone; reminded ones come first.
 */
export async function listPendingQuestionnaires(viewer: Viewer, audience: Role) {
  if (!can(viewer, "questionnaire:answer")) return [];
  const pending = await db.questionnaireResponse.findMany({
    where: {
      ...ownResponses(viewer),
      status: "PENDING",
      template: { audience },
      OR: [{ campaignId: null }, { campaign: { closedAt: null } }],
    },
    orderBy: [{ remindedAt: { sort: "desc", nulls: "last" } }, { dueOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      dueOn: true,
      subjectId: true,
      remindedAt: true,
      draftSavedAt: true,
      template: { select: { title: true, purpose: true } },
      subject: { select: { lastName: true, firstName: true, middleName: true, userId: true } },
    },
  });
  return pending.map((item) => ({ ...item, template: { ...item.template, title: respondentTitle(item.template.title) } }));
}
