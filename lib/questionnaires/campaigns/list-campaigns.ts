import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's campaigns, newest first, each with answered / total counted in one grouped query. */
export async function listCampaigns(viewer: Viewer) {
  assertCan(viewer, "questionnaire:run-campaigns");
  const [campaigns, counts] = await Promise.all([
    db.questionnaireCampaign.findMany({
      where: { schoolId: viewer.schoolId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        dueOn: true,
        closedAt: true,
        monitoringPhase: true,
        template: { select: { title: true } },
      },
    }),
    db.questionnaireResponse.groupBy({
      by: ["campaignId", "status"],
      where: { schoolId: viewer.schoolId, campaignId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  return campaigns.map((c) => {
    const own = counts.filter((row) => row.campaignId === c.id);
    const total = own.reduce((sum, row) => sum + row._count._all, 0);
    const answered = own.find((row) => row.status === "SUBMITTED")?._count._all ?? 0;
    return { ...c, total, answered };
  });
}
