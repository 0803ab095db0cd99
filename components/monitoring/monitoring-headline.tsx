import Link from "next/link";
import type { ParameterGrowth } from "@/lib/monitoring/summarise-growth";
import type { SatisfactionSummary } from "@/lib/monitoring/summarise-satisfaction";
import { formatDelta, formatNumber, formatPercent, hiddenLabel, roleLabels } from "./format";

/** The director's card: satisfaction of mentees and mentors, and per parameter the delta and share improved. */
export function MonitoringHeadline({ satisfaction, growth }: { satisfaction: SatisfactionSummary["byRole"]; growth: ParameterGrowth[] }) {
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
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Изменение параметров после работы с наставником</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1 font-medium">Параметр</th>
                <th scope="col" className="py-1 text-right font-medium">Изменение</th>
                <th scope="col" className="py-1 text-right font-medium">Улучшили</th>
              </tr>
            </thead>
            <tbody>
              {measured.map(({ parameter, overall }) => (
                <tr key={parameter.code} className="border-b border-slate-100">
                  <th scope="row" className="py-1 font-normal">{parameter.label}</th>
                  {overall.shown ? (
                    <>
                      <td className="py-1 text-right font-medium">{formatDelta(overall.value.delta)}</td>
                      <td className="py-1 text-right">{formatPercent(overall.value.improvedPercent)}</td>
                    </>
                  ) : (
                    <td colSpan={2} className="py-1 text-right text-slate-600">{hiddenLabel(overall.respondents)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Link href="/curator/monitoring" className="inline-block text-blue-800 underline">
        Подробнее о мониторинге
      </Link>
    </div>
  );
}
