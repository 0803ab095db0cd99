import type { Metadata } from "next";
import Link from "next/link";
import { GrowthTable } from "@/components/reports/growth-table";
import { PairsByFormatTable } from "@/components/reports/pairs-by-format-table";
import { ShareList } from "@/components/reports/share-list";
import { TrendCard } from "@/components/reports/trend-card";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { cellText } from "@/lib/reports/export/report-document";
import { getMunicipalSchool } from "@/lib/municipality/get-municipal-school";
import { satisfactionCell } from "@/lib/municipality/municipal-report-document";

export const metadata: Metadata = { title: "Школа муниципалитета" };

/** One school of the municipality at the level of the school: its KPIs, stage, pairs by form and trends. */
export default async function MunicipalSchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/municipality/schools/[id]");
  const { id } = await params;
  const { school, pairsByFormat, trends, growth } = await loadOrRefuse(getMunicipalSchool(viewer, id));
  return (
    <>
      <PageTitle subtitle={viewer.municipality?.name}>{school.schoolName}</PageTitle>
      <p className="mb-4 text-sm">
        <Link href="/municipality" className="text-blue-800 underline">
          ← Все школы
        </Link>
      </p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card title="Показатели">
          <ShareList
            rows={[
              {
                label: `Охват обучающихся от ${school.minAge} лет (цель — ${school.target} %)`,
                share: school.coverage,
                testId: "coverage",
              },
              { label: "Молодые педагоги — наставляемые", share: school.youngTeachers },
              { label: "Педагоги — наставники", share: school.teacherMentors },
              { label: "Наставляемые, получившие пару или группу", share: school.menteesPaired },
            ]}
          />
        </Card>
        <Card title="Программа">
          <p>Текущий этап: {school.stageTitle ?? "программа не начата"}</p>
          <p className="mt-1">Просрочено мероприятий: {school.overdueItems}</p>
          <p className="mt-1" data-testid="school-satisfaction">
            Удовлетворённость: {cellText(satisfactionCell(school.satisfaction, school.satisfactionPeople))}
          </p>
        </Card>
        <Card title="Пары и группы по формам и форматам работы" className="md:col-span-2">
          <PairsByFormatTable rows={pairsByFormat} />
        </Card>
        <Card title="Мониторинг: до и после" className="md:col-span-2">
          <GrowthTable rows={growth} />
        </Card>
        <TrendCard trends={trends} target={school.target} />
      </div>
    </>
  );
}
