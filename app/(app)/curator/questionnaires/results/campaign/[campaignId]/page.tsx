import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { findCampaignTemplate } from "@/lib/questionnaires/results/find-campaign-template";

/** /curator/questionnaires/results/campaign/<id> — the results of the campaign's template, filtered by the campaign. */
export default async function CampaignResultsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "questionnaire:read-results")) notFound();
  const { campaignId } = await params;
  const templateId = await findCampaignTemplate(viewer, campaignId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  redirect(`/curator/questionnaires/results/${templateId}?campaign=${encodeURIComponent(campaignId)}`);
}
