import { Card } from "@/components/ui/card";
import { monthLabel } from "@/lib/reports/month-label";
import { LazyTrendChart } from "./lazy-trend-chart";
import { TrendTable } from "./trend-table";

/** Coverage, meetings and pairs at risk by month of the school year: the chart and its table. */
export function TrendCard({
  trends,
  target,
  title = "Динамика по месяцам учебного года",
}: {
  trends: { month: string; coveragePercent: number; meetings: number; pairsAtRisk: number }[];
  target: number;
  title?: string;
}) {
  const points = trends.map((t) => ({
    label: monthLabel(t.month),
    coveragePercent: t.coveragePercent,
    meetings: t.meetings,
    pairsAtRisk: t.pairsAtRisk,
  }));
  return (
    <Card title={title} className="md:col-span-2">
      {points.length === 0 ? (
        <p>Данных за учебный год пока нет.</p>
      ) : (
        <>
          <LazyTrendChart points={points} target={target} />
          <TrendTable points={points} caption={`${title}: охват, проведённые встречи и пары под риском`} />
        </>
      )}
    </Card>
  );
}
