import type { Metadata } from "next";
import { PendingOrders } from "@/components/director/pending-orders";
import { PendingPetitions } from "@/components/director/pending-petitions";
import { SatisfactionCard } from "@/components/director/satisfaction-card";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { MonitoringHeadline } from "@/components/monitoring/monitoring-headline";
import { ExportLinks } from "@/components/reports/export-links";
import { PairsByFormatTable } from "@/components/reports/pairs-by-format-table";
import { SatisfactionByForm } from "@/components/reports/satisfaction-by-form";
import { ShareList } from "@/components/reports/share-list";
import { TrendCard } from "@/components/reports/trend-card";
import { MyRoadmapItems } from "@/components/roadmap/my-items";
import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { formLabels } from "@/lib/mentorships/labels";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { mayOpen } from "@/lib/routes/route-access";

export const metadata: Metadata = { title: "Отчёт" };

const percentFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

export default async function DirectorPage() {
  const viewer = await requirePage("/director");
  const report = await getDirectorReport(viewer);
  const { coverage, pairsByForm, satisfaction, monitoring } = report;
  const reached = coverage.percent >= coverage.target;
  return (
    <>
      <PageTitle subtitle={viewer.schoolName}>Отчёт о программе наставничества</PageTitle>
      <PendingOrders viewer={viewer} />
      <PendingPetitions viewer={viewer} />
      <MyRoadmapItems viewer={viewer} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        {mayOpen(viewer, "/director/report/export/[format]") && (
          <ExportLinks base="/director/report/export" formats={["xlsx", "docx", "pdf"]} />
        )}
        {mayOpen(viewer, "/director/report/drill-down") && (
          <Link href="/director/report/drill-down" className="text-sm text-blue-800 underline">
            Детализация по параллелям, классам и формам
          </Link>
        )}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Охват обучающихся наставничеством" className="md:col-span-2">
          <p className="text-4xl font-semibold" data-testid="coverage-percent">
            {percentFormat.format(coverage.percent)} %
          </p>
          <p className="mt-1 text-slate-700">
            {coverage.covered} из {coverage.pupils} обучающихся в возрасте от {coverage.minAge} лет — в работающих парах и группах
            (наставляемые или наставники). Целевой показатель — не менее {coverage.target} %.
          </p>
          <div className="mt-3">
            <ProgressBar percent={(coverage.percent / coverage.target) * 100} label="Охват относительно целевого показателя" />
          </div>
          <p className={`mt-2 font-medium ${reached ? "text-green-800" : "text-amber-900"}`}>
            {reached
              ? "Целевой показатель достигнут."
              : `До целевого показателя: ${percentFormat.format(coverage.target - coverage.percent)} п. п.`}
          </p>
        </Card>
        <Card title="Пары и группы по формам наставничества">
          {pairsByForm.length === 0 ? (
            <p>Работающих пар и групп нет.</p>
          ) : (
            <table className="w-full text-left">
              <caption className="sr-only">Число работающих пар и групп по формам</caption>
              <thead>
                <tr className="border-b border-slate-200 text-sm text-slate-700">
                  <th scope="col" className="py-1 font-medium">
                    Форма
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Пар и групп
                  </th>
                </tr>
              </thead>
              <tbody>
                {pairsByForm.map((row) => (
                  <tr key={row.form} className="border-b border-slate-100">
                    <td className="py-1">{formLabels[row.form]}</td>
                    <td className="py-1 text-right">{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <SatisfactionCard satisfaction={satisfaction} />
        <Card title="Педагоги и наставляемые">
          <ShareList
            rows={[
              { label: "Молодые педагоги (стаж 0–3 года) — наставляемые", share: report.youngTeachers, testId: "young-teachers" },
              { label: "Педагоги — наставники", share: report.teacherMentors, testId: "teacher-mentors" },
              { label: "Наставляемые, получившие пару или группу", share: report.menteesPaired, testId: "mentees-paired" },
            ]}
          />
        </Card>
        <Card title="Дорожная карта">
          {report.roadmap.currentStage ? (
            <>
              <p>
                Текущий этап: <span className="font-medium">{report.roadmap.stageTitle}</span>
              </p>
              <p
                className={report.roadmap.overdueItems > 0 ? "mt-1 text-amber-900" : "mt-1 text-slate-700"}
                data-testid="overdue-items"
              >
                Просрочено мероприятий: {report.roadmap.overdueItems}
              </p>
            </>
          ) : (
            <p>Программа ещё не начата.</p>
          )}
        </Card>
        <Card title="Пары и группы по формам и форматам работы" className="md:col-span-2">
          <PairsByFormatTable rows={report.pairsByFormat} />
        </Card>
        {monitoring && (
          <Card title="Мониторинг" className="md:col-span-2">
            <MonitoringHeadline satisfaction={monitoring.satisfaction} growth={monitoring.growth} />
            <SatisfactionByForm rows={monitoring.satisfactionByForm} />
          </Card>
        )}
        <TrendCard trends={report.trends} target={coverage.target} />
      </div>
    </>
  );
}
