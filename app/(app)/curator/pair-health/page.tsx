import type { Metadata } from "next";
import Link from "next/link";
import { HealthBadge, HealthReasons } from "@/components/pair-health/health-badge";
import { HealthSettingsForm } from "@/components/pair-health/health-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatShortDate } from "@/lib/format/date";
import { formatHours } from "@/lib/mentor-hours/school-year";
import { healthStatusLabels, healthStatuses, type HealthStatus } from "@/lib/pair-health/health-rules";
import { listPairHealth } from "@/lib/pair-health/list-pair-health";
import { can } from "@/lib/permissions";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Контроль пар" };

/** The curator's control board: every working pair's health with its reasons, the riskiest first. */
export default async function PairHealthPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/curator/pair-health");
  const wanted = firstParam(await searchParams, "status");
  const status = healthStatuses.find((s) => s === wanted) as HealthStatus | undefined;
  const { rows, thresholds } = await listPairHealth(viewer, { status });
  return (
    <>
      <PageTitle subtitle="Работающие пары и группы: сначала под риском, затем требующие внимания">Контроль пар</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Состояние
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className={inputClass}>
            <option value="">Все</option>
            {healthStatuses.map((s) => (
              <option key={s} value={s}>
                {healthStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 py-2 text-sm">
          Показать
        </button>
      </form>
      <Card title={`Пары и группы (${rows.length})`}>
        {rows.length === 0 ? (
          <p>Нет работающих пар{status ? " в этом состоянии" : ""}.</p>
        ) : (
          <ScrollRegion label="здоровье пар">
            <table className="min-w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-3">
                    Пара
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Состояние
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Последняя встреча
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Встреч, часов
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.mentorshipId} className="border-t border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      <Link href={`/curator/pair-health/${row.mentorshipId}`} className="text-blue-800 underline">
                        {row.mentorName}
                      </Link>
                      <span className="block text-slate-700">{row.menteeNames.join(", ")}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <HealthBadge status={row.status} />
                      <HealthReasons reasons={row.reasons} />
                    </td>
                    <td className="py-2 pr-3">{row.lastMeetingOn ? formatShortDate(row.lastMeetingOn) : "не было"}</td>
                    <td className="py-2 pr-3">
                      {row.meetingCount} · {formatHours(row.meetingMinutes)} ч
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
      {can(viewer, "pair-health:settings") && (
        <Card title="Пороги школы" className="mt-4">
          <p className="mb-3 text-sm text-slate-700">
            Низкие оценки считаются по анкетам после встреч за последние 45 дней; просроченные анкеты — анкеты наставляемых, их
            родителей и наставника.
          </p>
          <HealthSettingsForm initial={thresholds} />
        </Card>
      )}
    </>
  );
}
