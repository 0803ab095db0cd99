import { Card } from "@/components/ui/card";
import { formLabels } from "@/lib/mentorships/labels";
import type { ParameterGrowth } from "@/lib/monitoring/summarise-growth";
import { smallGroupNote } from "@/lib/questionnaires/results/small-group";
import { BeforeAfterChart } from "./before-after-chart";
import { formatDelta, formatNumber, formatPercent, hiddenLabel } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Stage 2: per monitored parameter, mean before → after, delta and share improved, overall and per form. */
export function GrowthSection({ growth }: { growth: ParameterGrowth[] }) {
  const measured = growth.filter((g) => g.overall.respondents > 0);
  if (measured.length === 0) {
    return (
      <Card title="Результаты по параметрам">
        <p>Нет участников, заполнивших анкету мониторинга и в начале, и в конце работы.</p>
      </Card>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Учитываются только участники, ответившие и «до», и «после». Для параметра «Стресс и апатия» улучшение — это снижение.{" "}
        {smallGroupNote}
      </p>
      {measured.map((g) => {
        const rows = [
          { label: "Все участники", figures: g.overall },
          ...g.byForm.map((f) => ({ label: formLabels[f.form], figures: f.figures })),
        ];
        return (
          <Card key={g.parameter.code} title={g.parameter.label}>
            <ScrollRegion label={g.parameter.label}>
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">{g.parameter.label}: до и после по формам наставничества</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-slate-700">
                    <th scope="col" className="py-1 font-medium">
                      Группа
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Участников
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      До → после
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Изменение
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Улучшили
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ label, figures }) => (
                    <tr key={label} className="border-b border-slate-100">
                      <th scope="row" className="py-1 font-normal">
                        {label}
                      </th>
                      <td className="py-1 text-right">{figures.respondents}</td>
                      {figures.shown ? (
                        <>
                          <td className="py-1 text-right">
                            {formatNumber(figures.value.before)} → {formatNumber(figures.value.after)}
                          </td>
                          <td className="py-1 text-right font-medium">{formatDelta(figures.value.delta)}</td>
                          <td className="py-1 text-right">{formatPercent(figures.value.improvedPercent)}</td>
                        </>
                      ) : (
                        <td colSpan={3} className="py-1 text-right text-slate-600">
                          {hiddenLabel(figures.respondents)}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <div className="mt-3">
              <BeforeAfterChart title={`${g.parameter.label}: среднее до и после`} rows={rows} />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
