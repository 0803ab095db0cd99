import Link from "next/link";
import { ClosePlannedMeeting } from "@/components/mentor/close-planned-meeting";
import { EditPlannedMeeting } from "@/components/mentor/edit-planned-meeting";
import { PlanMeetingForm } from "@/components/mentor/plan-meeting-form";
import { Card, ProgressBar } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { calendarDateAt, calendarDateValue, formatInstant, todayCalendarDate } from "@/lib/format/date";
import type { MeetingType } from "@/lib/generated/prisma/enums";
import { meetingTypeLabels } from "@/lib/mentorships/labels";
import type { listPlannedMeetings } from "@/lib/mentorships/list-planned-meetings";
import { nextMeetingType } from "@/lib/mentorships/meeting-sequence";
import { getPairPlans } from "@/lib/plans/get-pair-plans";

type Planned = Awaited<ReturnType<typeof listPlannedMeetings>>;

/** The mentor's pair page: the individual plan's progress and the planned meetings (issue 13A). */
export async function PairPlanAndMeetings({
  viewer,
  mentorshipId,
  active,
  planned,
  heldTypes,
}: {
  viewer: Viewer;
  mentorshipId: string;
  active: boolean;
  planned: Planned;
  heldTypes: MeetingType[];
}) {
  const { plans } = await getPairPlans(viewer, mentorshipId);
  const today = calendarDateValue(todayCalendarDate(viewer.timeZone));
  const pending = plans.flatMap((p) => p.proposals).filter((p) => p.status === "PENDING").length;
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <Card title="Индивидуальный план">
        {plans.length === 0 && <p>Плана пока нет. Составьте его вместе с наставляемым.</p>}
        {plans.map((plan) => (
          <div key={plan.id} className="mb-3">
            <p className="font-medium">
              {plan.menteeName ? `План: ${plan.menteeName}` : "План пары (группы)"} · версия {plan.version}
            </p>
            <p className="text-sm text-slate-700">
              Целей: {plan.goals.length}; задач выполнено {plan.progress.done} из {plan.progress.total}
            </p>
            {plan.progress.percent !== null && <ProgressBar percent={plan.progress.percent} label="Выполнение плана" />}
          </div>
        ))}
        {pending > 0 && <p className="font-medium text-amber-900">Предложений наставляемых ждут решения: {pending}</p>}
        <p className="mt-2 flex flex-wrap gap-4">
          {active && (
            <Link href={`/mentor/pairs/${mentorshipId}/plan`} className="text-blue-800 underline">
              {plans.length ? "Изменить план" : "Составить план"}
            </Link>
          )}
          {plans.length > 0 && (
            <Link href={`/plans/${mentorshipId}`} className="text-blue-800 underline">
              План для печати и выгрузки
            </Link>
          )}
        </p>
      </Card>
      <Card title="Запланированные встречи">
        {planned.length === 0 && <p>Ближайших встреч не запланировано.</p>}
        <ul className="divide-y divide-slate-100">
          {planned.map((m) => (
            <li key={m.id} className="py-2">
              <p className="font-medium">
                {formatInstant(m.startsAt, viewer.timeZone, "dateTime")} · {meetingTypeLabels[m.type]} · {m.durationMinutes} мин
              </p>
              <p>{m.topic}</p>
              <p className="text-sm text-slate-700">{m.place ?? m.link}</p>
              <a href={`/meetings/${m.id}/ics`} className="text-sm text-blue-800 underline">
                Добавить в календарь (.ics)
              </a>
              {active && (
                <EditPlannedMeeting
                  mentorshipId={mentorshipId}
                  today={today}
                  label={formatInstant(m.startsAt, viewer.timeZone, "shortDateTime")}
                  meeting={{
                    id: m.id,
                    type: m.type,
                    date: calendarDateValue(calendarDateAt(m.startsAt, viewer.timeZone)),
                    time: formatInstant(m.startsAt, viewer.timeZone, "time"),
                    durationMinutes: m.durationMinutes,
                    place: m.place ?? "",
                    link: m.link ?? "",
                    topic: m.topic,
                  }}
                />
              )}
              <ClosePlannedMeeting id={m.id} label={formatInstant(m.startsAt, viewer.timeZone, "shortDateTime")} />
            </li>
          ))}
        </ul>
        {active && (
          <details className="mt-3">
            <summary className="cursor-pointer font-medium text-blue-800">Запланировать встречу</summary>
            <div className="mt-2">
              <PlanMeetingForm mentorshipId={mentorshipId} today={today} suggestedType={nextMeetingType(heldTypes)} />
            </div>
          </details>
        )}
      </Card>
    </div>
  );
}
