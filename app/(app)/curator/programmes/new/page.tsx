import type { Metadata } from "next";
import { todayCalendarDate } from "@/lib/format/date";
import Link from "next/link";
import { StartProgrammeForm } from "@/components/roadmap/start-programme-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { roadmapHome } from "@/lib/routes/route-access";
import { listProgrammes, listRoadmapTemplates } from "@/lib/roadmap/list-programmes";
import { schoolYearStart } from "@/lib/roadmap/schedule";

export const metadata: Metadata = { title: "Новая программа" };

export default async function NewProgrammePage() {
  const viewer = await requirePage("/curator/programmes/new");
  const [programmes, templates] = await Promise.all([listProgrammes(viewer), listRoadmapTemplates(viewer)]);
  const current = schoolYearStart(todayCalendarDate(viewer.timeZone));
  const taken = new Set(programmes.map((p) => p.startYear));
  const years = [current, current + 1].filter((year) => !taken.has(year));
  return (
    <div className="mx-auto max-w-2xl">
      <Link href={roadmapHome(viewer) ?? "/"} className="text-sm text-blue-800 underline">
        ← Дорожная карта
      </Link>
      <PageTitle subtitle="Дорожная карта и план работы создаются из шаблона со сроками на выбранный учебный год; дальше их можно править.">
        Новая программа наставничества
      </PageTitle>
      <Card>
        {years.length === 0 ? (
          <p>Программы на текущий и следующий учебный год уже созданы.</p>
        ) : (
          <StartProgrammeForm years={years} templates={templates} />
        )}
      </Card>
    </div>
  );
}
