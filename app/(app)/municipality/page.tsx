import type { Metadata } from "next";
import { ExportLinks } from "@/components/reports/export-links";
import { GrowthTable } from "@/components/reports/growth-table";
import { PairsByFormatTable } from "@/components/reports/pairs-by-format-table";
import { SchoolKpiTable } from "@/components/reports/school-kpi-table";
import { TrendCard } from "@/components/reports/trend-card";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { cachedMunicipalReport, MUNICIPAL_REPORT_SECONDS } from "@/lib/municipality/cached-municipal-report";
import { formatInstant } from "@/lib/format/date";
import { smallGroupNote } from "@/lib/questionnaires/results/small-group";

export const metadata: Metadata = { title: "Школы муниципалитета" };

const percent = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

export default async function MunicipalityPage() {
  const viewer = await requirePage("/municipality");
  const { report, computedAt } = await cachedMunicipalReport(viewer);
  const target = report.ranking[0]?.target ?? 70;
  return (
    <>
      <PageTitle
        subtitle={`${report.municipality.name} · данные на ${formatInstant(computedAt, viewer.timeZone, "dateTime")}, обновляются раз в ${MUNICIPAL_REPORT_SECONDS / 60} минут`}
      >
        Наставничество в школах муниципалитета
      </PageTitle>
      <div className="mb-4">
        <ExportLinks base="/municipality/export" formats={["xlsx", "docx", "pdf"]} />
      </div>
      {report.schools.length === 0 ? (
        <p>В муниципалитете пока нет школ.</p>
      ) : (
        // One column no wider than a phone's screen: an auto column would grow to the widest table, and the whole page with it.
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Card title="Охват обучающихся по муниципалитету">
            <p className="text-4xl font-semibold" data-testid="total-coverage">
              {percent.format(report.total.coverage.percent)} %
            </p>
            <p className="mt-1 text-slate-700">
              {report.total.coverage.part} из {report.total.coverage.total} обучающихся {report.schools.length} школ. Целевой
              показатель — не менее {target} %.
            </p>
            <div className="mt-3">
              <ProgressBar
                percent={(report.total.coverage.percent / target) * 100}
                label="Охват относительно целевого показателя"
              />
            </div>
          </Card>
          <Card title="Рейтинг школ по охвату">
            <ol className="space-y-1" data-testid="ranking">
              {report.ranking.map((r) => (
                <li key={r.schoolId} className="flex flex-wrap justify-between gap-x-3">
                  <span>
                    {r.place}. {r.schoolName}
                  </span>
                  <span className={r.reached ? "font-medium text-green-800" : "font-medium text-amber-900"}>
                    {percent.format(r.percent)} %{" "}
                    {r.reached ? "— цель достигнута" : `— до цели ${percent.format(r.target - r.percent)} п. п.`}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
          <Card title="Показатели школ" className="md:col-span-2">
            <SchoolKpiTable schools={report.schools} total={report.total} />
            <p className="mt-2 text-sm text-slate-700">{smallGroupNote}</p>
          </Card>
          <Card title="Пары и группы по формам и форматам работы" className="md:col-span-2">
            <PairsByFormatTable rows={report.pairsByFormat} />
          </Card>
          <Card title="Мониторинг: до и после" className="md:col-span-2">
            <GrowthTable
              rows={report.growth}
              schoolName={(id) => report.schools.find((s) => s.schoolId === id)?.schoolName ?? ""}
            />
          </Card>
          <TrendCard trends={report.trends} target={target} title="Динамика по месяцам: все школы" />
        </div>
      )}
    </>
  );
}
