import Link from "next/link";
import { ProgressBar } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { listFamilyAchievements } from "@/lib/achievements/list-family-achievements";
import { achievementKindLabels, achievementLevelLabels, achievementResultLabels } from "@/lib/achievements/labels";
import { formatDate, formatInstant } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { meetingTypeLabels } from "@/lib/mentorships/labels";
import { listPlannedMeetings } from "@/lib/mentorships/list-planned-meetings";
import { getPairPlans } from "@/lib/plans/get-pair-plans";

/**
 * What a mentee or a parent sees of a working pair (issue 13A): the mentor's chosen contact, the next meeting with its
 * .ics, the plan's progress with a link to the plan, and the mentee's achievements (a parent's: their child's,
 * `menteeId`) with their evidence files.
 */
export async function PairSummary({
  viewer,
  mentorshipId,
  menteeId,
}: {
  viewer: Viewer;
  mentorshipId: string;
  menteeId?: string;
}) {
  const [pair, planned, achievements] = await Promise.all([
    getPairPlans(viewer, mentorshipId),
    listPlannedMeetings(viewer, { mentorshipIds: [mentorshipId] }),
    can(viewer, "achievement:read-own") ? listFamilyAchievements(viewer, mentorshipId, menteeId) : [],
  ]);
  const next = planned[0];
  const tasks = pair.plans.flatMap((p) => p.goals.flatMap((g) => g.tasks));
  const progress = pair.plans[0]?.progress;
  return (
    <div className="mt-3 space-y-3">
      <p>Контакт наставника: {pair.mentorContact ?? "наставник не указал"}</p>
      <section aria-label="Следующая встреча" className="rounded-md bg-blue-50 p-3">
        <h3 className="font-semibold">Следующая встреча</h3>
        {next ? (
          <>
            <p>
              {formatInstant(next.startsAt, viewer.timeZone, "dateTime")} · {meetingTypeLabels[next.type]}
            </p>
            <p>{next.topic}</p>
            <p className="text-sm text-slate-700">
              {next.place && `Место: ${next.place}`}
              {next.link && (
                <>
                  {" "}
                  <a href={next.link} className="text-blue-800 underline" rel="noopener noreferrer" target="_blank">
                    Ссылка на онлайн-встречу
                  </a>
                </>
              )}
            </p>
            <a href={`/meetings/${next.id}/ics`} className="text-blue-800 underline">
              Добавить в календарь (.ics)
            </a>
            {planned.length > 1 && <p className="text-sm text-slate-700">Запланировано встреч: {planned.length}</p>}
          </>
        ) : (
          <p className="text-sm">Наставник ещё не запланировал встречу.</p>
        )}
      </section>
      <section aria-label="Индивидуальный план">
        <h3 className="font-semibold">Индивидуальный план</h3>
        {pair.plans.length === 0 ? (
          <p className="text-sm">Плана пока нет.</p>
        ) : (
          <>
            <p className="text-sm">
              Целей: {pair.plans.reduce((n, p) => n + p.goals.length, 0)}; задач выполнено{" "}
              {tasks.filter((t) => t.status === "DONE").length} из {tasks.filter((t) => t.status !== "CANCELLED").length}
            </p>
            {progress?.percent != null && <ProgressBar percent={progress.percent} label="Выполнение плана" />}
            <Link href={`/plans/${mentorshipId}`} className="text-blue-800 underline">
              Открыть план
            </Link>
          </>
        )}
        <p className="mt-2">
          <Link href={`/pairs/${mentorshipId}/results`} className="text-blue-800 underline">
            Итоги работы: презентация и рефлексия
          </Link>
        </p>
      </section>
      <section aria-label="Достижения">
        <h3 className="font-semibold">Достижения</h3>
        {achievements.length === 0 ? (
          <p className="text-sm">Достижений пока не записано.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {achievements.map((a) => (
              <li key={a.id} className="py-1">
                <span className="font-medium">{a.title}</span> · {achievementKindLabels[a.kind]},{" "}
                {achievementLevelLabels[a.level].toLowerCase()} уровень · {achievementResultLabels[a.result]} ·{" "}
                {formatDate(a.achievedOn)}
                {a.evidenceFileName && (
                  <>
                    {" "}
                    <a href={`/achievements/${a.id}/evidence`} className="text-blue-800 underline">
                      Документ: {a.evidenceFileName}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
