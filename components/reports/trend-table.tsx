import type { TrendPoint } from "./trend-chart";

const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

/** The chart's figures as a table: its text alternative, shown under it. */
export function TrendTable({ points, caption }: { points: TrendPoint[]; caption: string }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-blue-800 underline">Таблица с данными графика</summary>
      <table className="mt-2 w-full text-left text-sm" data-testid="trend-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-1 font-medium">
              Месяц
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Охват, %
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Проведено встреч
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Пар под риском
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label} className="border-b border-slate-100">
              <th scope="row" className="py-1 font-normal">
                {p.label}
              </th>
              <td className="py-1 text-right">{number.format(p.coveragePercent)}</td>
              <td className="py-1 text-right">{p.meetings}</td>
              <td className="py-1 text-right">{p.pairsAtRisk}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
