import { formatDelta, formatNumber } from "@/components/monitoring/format";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { GrowthFigure } from "@/lib/municipality/with-delta";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

/** Monitoring by school and parameter: means before and after, the delta, the share improved; small groups hidden. */
export function GrowthTable({ rows, schoolName }: { rows: GrowthFigure[]; schoolName?: (schoolId: string) => string }) {
  if (rows.length === 0) return <p>Сравнения «до» и «после» пока нет.</p>;
  return (
    <ScrollRegion label="Мониторинг: до и после">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Мониторинг: изменение параметров до и после работы с наставником</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {schoolName && (
              <th scope="col" className="py-1 pr-3 font-medium">
                Школа
              </th>
            )}
            <th scope="col" className="py-1 pr-3 font-medium">
              Параметр
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              До → после
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Изменение
            </th>
            <th scope="col" className="py-1 font-medium">
              Улучшили
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={`${g.schoolId}/${g.parameter}`} className="border-b border-slate-100">
              {schoolName && <td className="py-1 pr-3">{schoolName(g.schoolId)}</td>}
              <td className="py-1 pr-3">{g.label}</td>
              {g.delta === null ? (
                <td colSpan={3} className="py-1 text-slate-600">
                  скрыто: менее {MIN_GROUP_SIZE} чел.
                </td>
              ) : (
                <>
                  <td className="py-1 pr-3">
                    {formatNumber(g.before!)} → {formatNumber(g.after!)}
                  </td>
                  <td className="py-1 pr-3">{formatDelta(g.delta)}</td>
                  <td className="py-1">{formatNumber(g.improvedPercent!)} %</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
