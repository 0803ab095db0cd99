import Link from "next/link";
import { MineView } from "@/components/roadmap/mine-view";
import { RoadmapFilters } from "@/components/roadmap/roadmap-filters";
import { RoadmapStage } from "@/components/roadmap/roadmap-stage";
import { SaveTemplateForm } from "@/components/roadmap/save-template-form";
import { TimelineView } from "@/components/roadmap/timeline-view";
import { WorkPlan } from "@/components/roadmap/work-plan";
import { PageTitle } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { listProgrammes } from "@/lib/roadmap/list-programmes";
import { listResponsibles } from "@/lib/roadmap/list-responsibles";
import { schoolYearLabel } from "@/lib/roadmap/schedule";
import { roadmapItemFilter, type RoadmapViewParams } from "@/lib/roadmap/view-params";
import { mayOpen } from "@/lib/routes/route-access";

const pill = (active: boolean) =>
  `rounded-full border px-3 py-1 text-sm ${active ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 hover:bg-slate-100"}`;

/** The roadmap of a school year as the viewer may see it: editing controls only for those allowed to edit. */
export async function RoadmapScreen({
  viewer,
  params,
  basePath,
}: {
  viewer: Viewer;
  params: RoadmapViewParams;
  basePath: string;
}) {
  const [roadmap, programmes] = await Promise.all([
    getRoadmap(viewer, params.year, roadmapItemFilter(params, viewer)),
    listProgrammes(viewer),
  ]);
  const canStart = mayOpen(viewer, "/curator/programmes/new");
  if (!roadmap) {
    return (
      <>
        <PageTitle subtitle="Программы на этот учебный год нет.">Дорожная карта</PageTitle>
        {canStart && (
          <Link href="/curator/programmes/new" className="text-blue-800 underline">
            Начать программу из шаблона
          </Link>
        )}
      </>
    );
  }
  const today = todayCalendarDate(viewer.timeZone);
  const canEdit = can(viewer, "roadmap:set-status");
  const canAdvance = can(viewer, "roadmap:advance-stage");
  const responsibles = await listResponsibles(viewer, roadmap.id);
  const filtered = Boolean(params.status || params.stage || params.responsible || params.view === "mine");
  return (
    <>
      <PageTitle
        subtitle={`${schoolYearLabel(roadmap.startYear)} учебный год · формы: ${roadmap.forms.map((f) => formLabels[f]).join(", ")}`}
      >
        Дорожная карта программы
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <nav aria-label="Учебные годы" className="flex flex-wrap items-center gap-2">
          {programmes.map((p) => (
            <Link
              key={p.id}
              href={`${basePath}?year=${p.startYear}`}
              aria-current={p.id === roadmap.id ? "page" : undefined}
              className={pill(p.id === roadmap.id)}
            >
              {schoolYearLabel(p.startYear)}
            </Link>
          ))}
        </nav>
        <span className="ml-auto flex flex-wrap gap-3 text-sm">
          {mayOpen(viewer, "/curator/export/[format]") && (
            <>
              <a href={`/curator/export/docx?year=${roadmap.startYear}`} className="text-blue-800 underline">
                Скачать DOCX
              </a>
              <a href={`/curator/export/xlsx?year=${roadmap.startYear}`} className="text-blue-800 underline">
                Скачать XLSX
              </a>
            </>
          )}
          {mayOpen(viewer, "/curator/print") && (
            <Link href={`/curator/print?year=${roadmap.startYear}`} className="text-blue-800 underline">
              Версия для печати
            </Link>
          )}
          {canStart && (
            <Link href="/curator/programmes/new" className="text-blue-800 underline">
              Новая программа
            </Link>
          )}
        </span>
      </div>
      <RoadmapFilters
        basePath={basePath}
        params={params}
        year={roadmap.startYear}
        stages={roadmap.stages}
        responsibles={responsibles}
      />
      {params.view === "mine" ? (
        <MineView roadmap={roadmap} today={today} />
      ) : params.view === "timeline" ? (
        <TimelineView roadmap={roadmap} today={today} />
      ) : (
        <div className="space-y-4">
          {roadmap.stages
            .filter((stage) => !filtered || stage.items.length > 0)
            .map((stage) => {
              const isCurrent = stage.number === roadmap.currentStage;
              const next = roadmap.stages[roadmap.stages.indexOf(stage) + 1];
              return (
                <RoadmapStage
                  key={stage.id}
                  stage={stage}
                  isCurrent={isCurrent}
                  canEdit={canEdit}
                  today={today}
                  transition={roadmap.transitions.findLast((t) => t.fromStage === stage.number)}
                  advance={
                    isCurrent && next && canAdvance && !filtered ? { programmeId: roadmap.id, nextTitle: next.title } : undefined
                  }
                  reorderDisabled={filtered}
                />
              );
            })}
          {!filtered && <WorkPlan rows={roadmap.workPlan} />}
          {canStart && !filtered && (
            <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <summary className="cursor-pointer font-semibold">Сохранить карту как шаблон на следующий год</summary>
              <div className="mt-3 max-w-lg">
                <SaveTemplateForm
                  programmeId={roadmap.id}
                  defaultName={`Шаблон школы по программе ${schoolYearLabel(roadmap.startYear)}`}
                />
              </div>
            </details>
          )}
        </div>
      )}
    </>
  );
}
