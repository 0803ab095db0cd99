import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/** The template version a campaign of the viewer's school was sent with, to open its results filtered by it. */
export async function findCampaignTemplate(viewer: Viewer, campaignId: string): Promise<string> {
  assertCan(viewer, "questionnaire:read-results");
  const campaign = await db.questionnaireCampaign.findFirst({
    where: { id: campaignId, schoolId: viewer.schoolId },
    select: { templateId: true },
  });
  if (!campaign) throw new AppError("NOT_FOUND");
  return campaign.templateId;
}
