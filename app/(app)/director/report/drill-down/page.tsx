import type { Metadata } from "next";
import Link from "next/link";
import { PairsByFormatTable } from "@/components/reports/pairs-by-format-table";
import { Card, PageTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatShortDate } from "@/lib/format/date";
import { formatLabels, formLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";
import { parseDrillDownFilter } from "@/lib/reports/drill-down/drill-down-filter";
import { getDrillDown } from "@/lib/reports/drill-down/get-drill-down";

export const metadata: Metadata = { title: "Детализация отчёта" };

const percent = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
const base = "/director/report/drill-down";

function CoverageTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; href: string; pupils: number; covered: number; percent: number }[];
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-700">
          <th scope="col" className="py-1 font-medium">
            {caption.startsWith("Охват по параллелям") ? "Параллель" : "Класс"}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Обучающихся
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            В парах
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Охват, %
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100">
            <th scope="row" className="py-1 font-normal">
              <Link href={r.href} className="text-blue-800 underline">
                {r.label}
              </Link>
            </th>
            <td className="py-1 text-right">{r.pupils}</td>
            <td className="py-1 text-right">{r.covered}</td>
            <td className="py-1 text-right">{percent.format(r.percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function DrillDownPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/director/report/drill-down");
  const filter = parseDrillDownFilter(await searchParams);
  const data = await getDrillDown(viewer, filter);
  const chosen = [
    filter.grade && `${filter.grade}-е классы`,
    filter.classLetter && `класс ${filter.grade} «${filter.classLetter}»`,
    filter.form && formLabels[filter.form],
  ].filter(Boolean);
  return (
    <>
      <PageTitle subtitle={viewer.schoolName}>Детализация отчёта</PageTitle>
      <p className="mb-4 text-sm">
        <Link href="/director" className="text-blue-800 underline">
          ← К отчёту
        </Link>
        {chosen.length > 0 && (
          <>
            {" · "}
            Выбрано: {chosen.join(", ")} ·{" "}
            <Link href={base} className="text-blue-800 underline">
              сбросить
            </Link>
          </>
        )}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Охват по параллелям">
          <CoverageTable
            caption="Охват по параллелям"
            rows={data.byGrade.map((g) => ({
              key: String(g.grade),
              label: `${g.grade}-е`,
              href: `${base}?grade=${g.grade}`,
              ...g,
            }))}
          />
        </Card>
        <Card title="Охват по классам">
          <CoverageTable
            caption="Охват по классам"
            rows={data.byClass.map((c) => ({
              key: `${c.grade}${c.classLetter}`,
              label: `${c.grade} «${c.classLetter}»`,
              href: `${base}?grade=${c.grade}&class=${encodeURIComponent(c.classLetter)}`,
              ...c,
            }))}
          />
        </Card>
        <Card title="Пары и группы по формам" className="md:col-span-2">
          <PairsByFormatTable rows={data.byForm} />
          <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
            Список пар по форме:
            {[...new Set(data.byForm.map((f) => f.form))].map((form) => (
              <Link key={form} href={`${base}?form=${form}`} className="text-blue-800 underline">
                {formLabels[form]}
              </Link>
            ))}
          </p>
        </Card>
        <Card
          title={`Пары и группы${chosen.length ? `: ${chosen.join(", ")}` : ""} (${data.pairs.length})`}
          className="md:col-span-2"
        >
          {data.pairs.length === 0 ? (
            <p>Пар и групп нет.</p>
          ) : (
            <ScrollRegion label="Список пар и групп">
              <table className="w-full text-left text-sm" data-testid="drill-down-pairs">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">
                      Наставник
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Наставляемые
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Форма, формат
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      С
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Статус
                    </th>
                    <th scope="col" className="py-2 text-right">
                      Встреч
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.pairs.map((p) => (
                    <tr key={p.id} className="border-b border-slate-100 align-top">
                      <td className="py-2 pr-3">{p.mentor}</td>
                      <td className="py-2 pr-3">{p.mentees.join(", ")}</td>
                      <td className="py-2 pr-3">
                        {formLabels[p.form]}, {formatLabels[p.format].toLowerCase()}
                      </td>
                      <td className="py-2 pr-3">{p.startedOn ? formatShortDate(p.startedOn) : "—"}</td>
                      <td className="py-2 pr-3">{mentorshipStatusLabels[p.status]}</td>
                      <td className="py-2 text-right">{p.meetings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </Card>
      </div>
    </>
  );
}
