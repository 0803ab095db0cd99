import type { Metadata } from "next";
import Link from "next/link";
import { RoadmapStage } from "@/components/roadmap/roadmap-stage";
import { SaveTemplateForm } from "@/components/roadmap/save-template-form";
import { WorkPlan } from "@/components/roadmap/work-plan";
import { PageTitle } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/current-viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { listProgrammes } from "@/lib/roadmap/list-programmes";
import { schoolYearLabel } from "@/lib/roadmap/schedule";

export const metadata: Metadata = { title: "Дорожная карта" };

export default async function CuratorPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const viewer = await requireRole("CURATOR");
  const year = Number((await searchParams).year) || undefined;
  const [roadmap, programmes] = await Promise.all([getRoadmap(viewer, year), listProgrammes(viewer)]);
  const canStart = can(viewer, "programme:start");
  if (!roadmap) {
    return (
      <>
        <PageTitle subtitle="Программы на этот учебный год нет.">Дорожная карта</PageTitle>
        {canStart && <Link href="/curator/programmes/new" className="text-blue-800 underline">Начать программу из шаблона</Link>}
      </>
    );
  }
  const today = todayCalendarDate();
  const canEdit = can(viewer, "roadmap:set-status");
  const canAdvance = can(viewer, "roadmap:advance-stage");
  return (
    <>
      <PageTitle subtitle={`${schoolYearLabel(roadmap.startYear)} учебный год · формы: ${roadmap.forms.map((f) => formLabels[f]).join(", ")}`}>
        Дорожная карта программы
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-2">
      <nav aria-label="Учебные годы" className="flex flex-wrap items-center gap-2">
        {programmes.map((p) => (
          <Link
            key={p.id}
            href={`/curator?year=${p.startYear}`}
            aria-current={p.id === roadmap.id ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${p.id === roadmap.id ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 hover:bg-slate-100"}`}
          >
            {schoolYearLabel(p.startYear)}
          </Link>
        ))}
      </nav>
        <span className="ml-auto flex flex-wrap gap-3 text-sm">
          <a href={`/curator/export/docx?year=${roadmap.startYear}`} className="text-blue-800 underline">Скачать DOCX</a>
          <a href={`/curator/export/xlsx?year=${roadmap.startYear}`} className="text-blue-800 underline">Скачать XLSX</a>
          <Link href={`/curator/print?year=${roadmap.startYear}`} className="text-blue-800 underline">Версия для печати</Link>
          {canStart && <Link href="/curator/programmes/new" className="text-blue-800 underline">Новая программа</Link>}
        </span>
      </div>
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
        <WorkPlan rows={roadmap.workPlan} />
        {canStart && (
          <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-semibold">Сохранить карту как шаблон на следующий год</summary>
            <div className="mt-3 max-w-lg">
              <SaveTemplateForm programmeId={roadmap.id} defaultName={`Шаблон школы по программе ${schoolYearLabel(roadmap.startYear)}`} />
            </div>
          </details>
        )}
      </div>
    </>
  );
}
