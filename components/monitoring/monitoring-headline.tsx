import Link from "next/link";
import type { ParameterGrowth } from "@/lib/monitoring/summarise-growth";
import type { SatisfactionSummary } from "@/lib/monitoring/summarise-satisfaction";
import { formatDelta, formatNumber, formatPercent, hiddenLabel, roleLabels } from "./format";

/** The director's card: satisfaction of mentees and mentors, and per parameter the delta and share improved. */
export function MonitoringHeadline({
  satisfaction,
  growth,
}: {
  satisfaction: SatisfactionSummary["byRole"];
  growth: ParameterGrowth[];
}) {
  const measured = growth.filter((g) => g.overall.respondents > 0);
  return (
    <div className="space-y-3">
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        {satisfaction.map(({ role, mean }) => (
          <div key={role}>
            <dt className="text-sm text-slate-700">Удовлетворённость: {roleLabels[role].toLowerCase()}</dt>
            <dd className="text-2xl font-semibold" data-testid={`monitoring-satisfaction-${role.toLowerCase()}`}>
              {mean.shown ? (
                <>
                  {formatNumber(mean.value)} <span className="text-base font-normal">из 10</span>
                </>
              ) : (
                <span className="text-base font-normal text-slate-600">
                  {mean.respondents === 0 ? "нет ответов" : hiddenLabel(mean.respondents)}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {measured.length === 0 ? (
        <p className="text-slate-700">Сравнения «до» и «после» по параметрам пока нет.</p>
      ) : (
        // A list, not a table: the report's one table stays the pairs by form.
        <ul aria-label="Изменение параметров после работы с наставником" className="divide-y divide-slate-100 text-sm">
          {measured.map(({ parameter, overall }) => (
            <li key={parameter.code} className="flex flex-wrap justify-between gap-x-4 py-1">
              <span>{parameter.label}</span>
              {overall.shown ? (
                <span>
                  <span className="font-medium">{formatDelta(overall.value.delta)}</span>, улучшили{" "}
                  {formatPercent(overall.value.improvedPercent)}
                </span>
              ) : (
                <span className="text-slate-600">{hiddenLabel(overall.respondents)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Link href="/curator/monitoring" className="inline-block text-blue-800 underline">
        Подробнее о мониторинге
      </Link>
    </div>
  );
}
