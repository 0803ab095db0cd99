import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { questionnaireTemplateSelect } from "../get-questionnaire";

/** A campaign's response the curator is about to type in from a paper form, with whom it is from and about. */
export async function getPaperEntry(viewer: Viewer, campaignId: string, responseId: string) {
  assertCan(viewer, "questionnaire:run-campaigns");
  const response = await db.questionnaireResponse.findFirst({
    where: { id: responseId, campaignId, schoolId: viewer.schoolId },
    select: {
      id: true,
      status: true,
      enteredById: true,
      respondentId: true,
      campaign: { select: { id: true, title: true, closedAt: true } },
      respondent: { select: { displayName: true } },
      subject: { select: { id: true, lastName: true, firstName: true, middleName: true, userId: true } },
      template: { select: questionnaireTemplateSelect },
    },
  });
  if (!response?.campaign) throw new AppError("NOT_FOUND");
  await recordReads(viewer, [response.subject.id], "Ввод бумажной анкеты");
  return { ...response, campaign: response.campaign };
}
