import { redirect } from "next/navigation";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { findCampaignTemplate } from "@/lib/questionnaires/results/find-campaign-template";

/** /curator/questionnaires/results/campaign/<id> — the results of the campaign's template, filtered by the campaign. */
export default async function CampaignResultsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const viewer = await requirePage("/curator/questionnaires/results/campaign/[campaignId]");
  const { campaignId } = await params;
  const templateId = await loadOrRefuse(findCampaignTemplate(viewer, campaignId));
  redirect(`/curator/questionnaires/results/${templateId}?campaign=${encodeURIComponent(campaignId)}`);
}
