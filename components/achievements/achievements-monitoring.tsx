import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AchievementSummary } from "@/lib/achievements/summarise-achievements";
import {
  achievementLevelLabels,
  achievementLevels,
  achievementResultLabels,
  achievementResults,
} from "@/lib/achievements/labels";

/** Evaluated results 3 and 4 of the model, from the achievements the mentors and the curator recorded. */
export function AchievementsMonitoring({ summary }: { summary: AchievementSummary }) {
  const count = (level: string, result: string) =>
    summary.contests.byLevel.find((r) => r.level === level && r.result === result)?.count ?? 0;
  const share = summary.menteesInPairs ? Math.round((100 * summary.contests.mentees) / summary.menteesInPairs) : 0;
  return (
    <Card title="Промежуточные результаты: олимпиады, конкурсы, проекты">
      <p>
        Участвовали в олимпиадах и конкурсах: {summary.contests.mentees} из {summary.menteesInPairs} наставляемых ({share} %).
      </p>
      <p className="mt-1">
        Совместные проекты с наставником: {summary.projects.pairs}, из них успешно представлены (призёр или победитель):{" "}
        {summary.projects.successfulPairs}.
      </p>
      <ScrollRegion label="олимпиады и конкурсы по уровням" className="mt-3">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Олимпиады и конкурсы по уровням и результатам</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">
                Уровень
              </th>
              {achievementResults.map((r) => (
                <th key={r} scope="col" className="py-1 pr-3">
                  {achievementResultLabels[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {achievementLevels.map((level) => (
              <tr key={level} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {achievementLevelLabels[level]}
                </th>
                {achievementResults.map((r) => (
                  <td key={r} className="py-1 pr-3">
                    {count(level, r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
