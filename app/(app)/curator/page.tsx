import type { Metadata } from "next";
import { RoadmapStage } from "@/components/roadmap/roadmap-stage";
import { PageTitle } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/current-viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { schoolYearLabel } from "@/lib/roadmap/schedule";

export const metadata: Metadata = { title: "Дорожная карта" };

export default async function CuratorPage() {
  const viewer = await requireRole("CURATOR");
  const roadmap = await getRoadmap(viewer);
  if (!roadmap) {
    return <PageTitle subtitle="В школе ещё нет программы наставничества.">Дорожная карта</PageTitle>;
  }
  const today = todayCalendarDate();
  const canEdit = can(viewer, "roadmap:set-status");
  const canAdvance = can(viewer, "roadmap:advance-stage");
  return (
    <>
      <PageTitle subtitle={`${schoolYearLabel(roadmap.startYear)} учебный год · формы: ${roadmap.forms.map((f) => formLabels[f]).join(", ")}`}>
        Дорожная карта программы
      </PageTitle>
      <div className="space-y-4">
        {roadmap.stages.map((stage, index) => {
          const isCurrent = stage.number === roadmap.currentStage;
          const next = roadmap.stages[index + 1];
          return (
            <RoadmapStage
              key={stage.id}
              stage={stage}
              isCurrent={isCurrent}
              canEdit={canEdit}
              today={today}
              transition={roadmap.transitions.findLast((t) => t.fromStage === stage.number)}
              advance={isCurrent && next && canAdvance ? { programmeId: roadmap.id, nextTitle: next.title } : undefined}
            />
          );
        })}
      </div>
    </>
  );
}
