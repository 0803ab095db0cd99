import type { Metadata } from "next";
import { PendingOrders } from "@/components/director/pending-orders";
import { PendingPetitions } from "@/components/director/pending-petitions";
import { SatisfactionCard } from "@/components/director/satisfaction-card";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { MonitoringHeadline } from "@/components/monitoring/monitoring-headline";
import { MyRoadmapItems } from "@/components/roadmap/my-items";
import { requirePage } from "@/lib/auth/guard";
import { formLabels } from "@/lib/mentorships/labels";
import { getDirectorReport } from "@/lib/reports/get-director-report";

export const metadata: Metadata = { title: "Отчёт" };

const percentFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

export default async function DirectorPage() {
  const viewer = await requirePage("/director");
  const { coverage, pairsByForm, satisfaction, monitoring } = await getDirectorReport(viewer);
  const reached = coverage.percent >= coverage.target;
  return (
    <>
      <PageTitle subtitle={viewer.schoolName}>Отчёт о программе наставничества</PageTitle>
      <PendingOrders viewer={viewer} />
      <PendingPetitions viewer={viewer} />
      <MyRoadmapItems viewer={viewer} />
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
        {monitoring && (
          <Card title="Мониторинг" className="md:col-span-2">
            <MonitoringHeadline satisfaction={monitoring.satisfaction} growth={monitoring.growth} />
          </Card>
        )}
      </div>
    </>
  );
}
