import type { Metadata } from "next";
import Link from "next/link";
import { MeetingActions } from "@/components/mentor/meeting-actions";
import { MeetingForm } from "@/components/mentor/meeting-form";
import { PairPlanAndMeetings } from "@/components/mentor/pair-plan-and-meetings";
import { listPlannedMeetings } from "@/lib/mentorships/list-planned-meetings";
import { PairWorkSections } from "@/components/pair-health/pair-work-sections";
import { IndividualAnswers } from "@/components/results/individual-answers";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatDate, formatInstant, formatShortDate, todayCalendarDate } from "@/lib/format/date";
import { MEETING_EDIT_DAYS } from "@/lib/mentorships/meeting-schema";
import { fullName, shortName } from "@/lib/format/person-name";
import { formatLabels, formLabels, meetingTypeLabels } from "@/lib/mentorships/labels";
import { getOwnMentorship } from "@/lib/mentorships/get-own-mentorship";
import { requestKindLabels, sourceLabels } from "@/lib/mentees/labels";
import { listSharedFacts } from "@/lib/mentees/list-shared-facts";
import { getIndividualAnswers } from "@/lib/questionnaires/results/get-individual-answers";

export const metadata: Metadata = { title: "Пара или группа" };

export default async function MentorshipPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/mentor/pairs/[id]");
  const { id } = await params;
  const mentorship = await loadOrRefuse(getOwnMentorship(viewer, id));
  const mentees = mentorship.mentees.map((m) => ({ id: m.mentee.id, name: fullName(m.mentee.person) }));
  const sharedFacts = await listSharedFacts(viewer, mentorship.id);
  const planned = await listPlannedMeetings(viewer, { mentorshipIds: [mentorship.id] });
  const menteeAnswers = await getIndividualAnswers(viewer, {
    subjectIds: mentorship.mentees.map((m) => m.mentee.personId),
    what: "Ответы наставляемых на анкеты",
  });
  return (
    <>
      <Link href="/mentor" className="text-sm text-blue-800 underline">
        ← Все пары и группы
      </Link>{" "}
      <Link href={`/pairs/${mentorship.id}/results`} className="text-sm text-blue-800 underline">
        Итоги работы: презентация и рефлексия
      </Link>
      <PageTitle subtitle={`${formLabels[mentorship.form]} · ${formatLabels[mentorship.format]}`}>
        {mentees.length > 1 ? "Наставническая группа" : "Наставническая пара"}
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Участники">
          <ul className="list-disc pl-5">
            {mentees.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
          {mentorship.goal && <p className="mt-2 text-sm">Цель: {mentorship.goal}</p>}
        </Card>
        <Card title="Записать встречу">
          {mentorship.status === "ACTIVE" ? (
            <MeetingForm
              mentorshipId={mentorship.id}
              mentees={mentees}
              today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
              planned={planned.map((m) => ({
                id: m.id,
                label: `${formatInstant(m.startsAt, viewer.timeZone, "shortDateTime")} — ${m.topic}`,
              }))}
            />
          ) : (
            <p>Пара не работает: новые встречи не записываются.</p>
          )}
        </Card>
      </div>
      <PairPlanAndMeetings
        viewer={viewer}
        mentorshipId={mentorship.id}
        active={mentorship.status === "ACTIVE"}
        planned={planned}
        heldTypes={mentorship.meetings.map((m) => m.type)}
      />
      <Card title="Сведения от куратора" className="mt-4">
        <p className="mb-2 text-sm text-slate-700">
          Конфиденциально: только для вашей работы с наставляемым, не пересказывайте их другим.
        </p>
        {mentees.map((m) => (
          <div key={m.id} className="mt-2">
            <h3 className="font-medium">{m.name}</h3>
            {(sharedFacts.get(m.id) ?? []).length === 0 ? (
              <p className="text-sm text-slate-700">Куратор не передавал сведений.</p>
            ) : (
              <ul className="list-disc pl-5">
                {sharedFacts.get(m.id)!.map((fact) => (
                  <li key={fact.id}>
                    {requestKindLabels[fact.kind]}
                    {fact.details && `: ${fact.details}`}{" "}
                    <span className="text-sm text-slate-700">({sourceLabels[fact.source]})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </Card>
      <Card title="Ответы наставляемых" className="mt-4">
        <p className="mb-2 text-sm text-slate-700">
          Ответы ваших наставляемых на анкеты, которые куратор разрешил показывать наставнику. Конфиденциально.
        </p>
        <IndividualAnswers responses={menteeAnswers} timeZone={viewer.timeZone} showTemplate />
      </Card>
      <Card title={`Встречи (${mentorship.meetings.length})`} className="mt-4">
        {mentorship.meetings.length === 0 && <p>Встреч пока не было.</p>}
        <ol className="divide-y divide-slate-100">
          {mentorship.meetings.map((meeting) => {
            const present = meeting.attendance.filter((a) => a.attended).map((a) => shortName(a.mentee.person));
            return (
              <li key={meeting.id} className="py-3">
                <p className="font-medium">
                  {formatDate(meeting.heldOn)} · {meetingTypeLabels[meeting.type]} · {meeting.durationMinutes} мин
                </p>
                <p>{meeting.topic}</p>
                {meeting.summary && <p className="mt-1 text-sm text-slate-700">{meeting.summary}</p>}
                {meeting.nextSteps && <p className="mt-1 text-sm text-slate-700">Следующие шаги: {meeting.nextSteps}</p>}
                {meeting.loggedByCurator && <p className="mt-1 text-sm text-slate-700">Записана куратором за наставника</p>}
                <p className="mt-1 text-sm text-slate-700">Присутствовали: {present.length ? present.join(", ") : "никто"}</p>
                {meeting.editable && (
                  <MeetingActions
                    mentorshipId={mentorship.id}
                    mentees={mentees}
                    meeting={{
                      id: meeting.id,
                      label: `${formatDate(meeting.heldOn)} «${meeting.topic}»`,
                      values: {
                        type: meeting.type,
                        heldOn: calendarDateValue(meeting.heldOn),
                        durationMinutes: meeting.durationMinutes,
                        topic: meeting.topic,
                        summary: meeting.summary ?? "",
                        attendeeIds: meeting.attendeeIds,
                      },
                      kept: meeting.keptAttendance.map((a) => ({
                        ...a,
                        leftOn: a.leftOn && formatShortDate(a.leftOn),
                      })),
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
        <p className="mt-2 text-sm text-slate-700">
          Записанную встречу можно исправить или удалить в течение {MEETING_EDIT_DAYS} дней; изменения сохраняются в истории.
        </p>
      </Card>
      {mentorship.meetingChanges.length > 0 && (
        <Card title="История изменений встреч" className="mt-4">
          <ol className="divide-y divide-slate-100">
            {mentorship.meetingChanges.map((change) => (
              <li key={change.id} className="py-2">
                <p>
                  {change.changedOn}, {change.changedBy}: {change.kind === "DELETED" ? "удалена" : "исправлена"} встреча{" "}
                  {formatDate(change.heldOn)} «{change.topic}»
                </p>
                {change.lines.length > 0 && (
                  <ul className="list-disc pl-5 text-sm text-slate-700">
                    {change.lines.map((c) => (
                      <li key={c.field}>
                        {c.label}: «{c.from}» → «{c.to}»
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <PairWorkSections viewer={viewer} mentorshipId={mentorship.id} mentees={mentees} active={mentorship.status === "ACTIVE"} />
    </>
  );
}
