import { AchievementForm } from "@/components/achievements/achievement-form";
import { RemoveAchievementButton } from "@/components/achievements/remove-achievement-button";
import { Card } from "@/components/ui/card";
import { listPairAchievements } from "@/lib/achievements/list-pair-achievements";
import { achievementKindLabels, achievementLevelLabels, achievementResultLabels } from "@/lib/achievements/labels";
import type { Viewer } from "@/lib/auth/viewer";
import { calendarDateValue, formatDate, todayCalendarDate } from "@/lib/format/date";

/** The pair's interim results with their evidence files, and the form to add one while the pair works. */
export async function AchievementsSection({
  viewer,
  mentorshipId,
  mentees,
  active,
}: {
  viewer: Viewer;
  mentorshipId: string;
  mentees: { id: string; name: string }[];
  active: boolean;
}) {
  const achievements = await listPairAchievements(viewer, mentorshipId);
  return (
    <Card title={`Достижения (${achievements.length})`} className="mt-4">
      {achievements.length === 0 && <p>Достижений пока не записано.</p>}
      <ul className="divide-y divide-slate-100">
        {achievements.map((a) => (
          <li key={a.id} className="py-2">
            <p className="font-medium">
              {a.title} — {achievementResultLabels[a.result].toLowerCase()}
            </p>
            <p className="text-sm text-slate-700">
              {a.menteeName} · {achievementKindLabels[a.kind]} · {achievementLevelLabels[a.level].toLowerCase()} уровень ·{" "}
              {formatDate(a.achievedOn)}
            </p>
            <p className="text-sm">
              {a.evidenceFileName ? (
                <a href={`/achievements/${a.id}/evidence`} className="text-blue-800 underline">
                  Документ: {a.evidenceFileName}
                </a>
              ) : (
                <span className="text-slate-700">Без подтверждающего документа</span>
              )}{" "}
              <RemoveAchievementButton achievementId={a.id} title={a.title} />
            </p>
          </li>
        ))}
      </ul>
      {active && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium text-blue-800">Добавить достижение</summary>
          <div className="mt-3">
            <AchievementForm
              mentorshipId={mentorshipId}
              mentees={mentees}
              today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
            />
          </div>
        </details>
      )}
    </Card>
  );
}
