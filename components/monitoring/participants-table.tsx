import { formLabels } from "@/lib/mentorships/labels";
import type { ParticipantChange } from "@/lib/monitoring/pair-before-after";
import { findMonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";
import { formatDelta, formatNumber } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The curator's per-participant before/after values: individual data, behind a disclosure. */
export function ParticipantsTable({ rows }: { rows: ParticipantChange[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-medium text-blue-800">
        Данные по участникам ({new Set(rows.map((r) => r.subjectId)).size} чел.) — видит только куратор
      </summary>
      {rows.length === 0 ? (
        <p className="mt-3">Пока нет участников с ответами «до» и «после».</p>
      ) : (
        <ScrollRegion label="Значения по участникам" className="mt-3">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Значения параметров до и после по каждому участнику</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1 font-medium">
                  Участник
                </th>
                <th scope="col" className="py-1 font-medium">
                  Форма
                </th>
                <th scope="col" className="py-1 font-medium">
                  Параметр
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  До
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  После
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Изменение
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Улучшение
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.subjectId}-${row.parameter}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 font-normal">
                    {row.subjectName}
                  </th>
                  <td className="py-1">{row.form ? formLabels[row.form] : "—"}</td>
                  <td className="py-1">{findMonitoringParameter(row.parameter)?.label}</td>
                  <td className="py-1 text-right">{formatNumber(row.before)}</td>
                  <td className="py-1 text-right">{formatNumber(row.after)}</td>
                  <td className="py-1 text-right">{formatDelta(row.delta)}</td>
                  <td className="py-1 text-right">{row.improved ? "да" : "нет"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </details>
  );
}
