import type { Metadata } from "next";
import { AttendanceForm } from "@/components/final-event/attendance-form";
import { FinalEventForm } from "@/components/final-event/final-event-form";
import { InviteForm } from "@/components/final-event/invite-form";
import { ProposeAwardForm } from "@/components/final-event/propose-award-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { awardStatusLabels } from "@/lib/final-event/award-labels";
import { getFinalEvent } from "@/lib/final-event/get-final-event";
import { SCORE_WEIGHTS } from "@/lib/final-event/rank-candidates";
import { calendarDateAt, calendarDateValue, formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";

export const metadata: Metadata = { title: "Итоговое мероприятие" };

export default async function FinalEventPage() {
  const viewer = await requirePage("/curator/final-event");
  const data = await getFinalEvent(viewer);
  if (!data) {
    return (
      <>
        <PageTitle>Итоговое мероприятие</PageTitle>
        <p>В школе ещё нет программы наставничества.</p>
      </>
    );
  }
  const { event, invitable, candidates, programme } = data;
  const invited = new Set(event?.guests.map((g) => g.person.id));
  return (
    <>
      <PageTitle
        subtitle={`Торжественное завершение программы «${programme.title}»: приглашения, присутствие, награды, сертификаты`}
      >
        Итоговое мероприятие
      </PageTitle>
      <div className="space-y-4">
        <Card
          title={
            event
              ? `${event.title}: ${formatInstant(event.startsAt, viewer.timeZone, "dateTime")}, ${event.place}`
              : "Дата и место"
          }
        >
          {event && (
            <p className="mb-3 text-sm">{event.status === "HELD" ? "Мероприятие проведено." : "Мероприятие запланировано."}</p>
          )}
          <FinalEventForm
            defaults={{
              title: event?.title ?? "Торжественное подведение итогов программы наставничества",
              date: event ? calendarDateValue(calendarDateAt(event.startsAt, viewer.timeZone)) : "",
              time: event ? formatInstant(event.startsAt, viewer.timeZone, "time") : "15:00",
              place: event?.place ?? "",
            }}
          />
        </Card>
        {event && (
          <Card title="Приглашения">
            <InviteForm people={invitable.map((p) => ({ ...p, invited: invited.has(p.personId) }))} />
          </Card>
        )}
        {event && event.guests.length > 0 && (
          <Card title={`Гости (${event.guests.length})`}>
            <AttendanceForm guests={event.guests.map((g) => ({ id: g.id, name: g.name, attended: g.attended }))} />
            <h3 className="mt-4 font-medium">Сертификаты участников</h3>
            <p className="text-sm">
              <a href="/curator/final-event/documents" className="text-blue-800 underline">
                Скачать все сертификаты и благодарственные письма (ZIP)
              </a>
            </p>
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              {event.guests
                .filter((g) => g.participant)
                .map((g) => (
                  <li key={g.id}>
                    <a href={`/curator/final-event/certificates/${g.id}`} className="text-blue-800 underline">
                      Сертификат № С-{g.certificateNumber}: {g.name}
                    </a>
                    {g.attended === true && " · был(а)"}
                    {g.attended === false && " · не был(а)"}
                  </li>
                ))}
            </ul>
          </Card>
        )}
        <Card title="Кандидаты на награды">
          <p className="mb-2 text-sm text-slate-700">
            Баллы: встреча — {SCORE_WEIGHTS.meeting}, весь план выполнен — {SCORE_WEIGHTS.plan}, каждый балл средней оценки встреч
            выше 3 из 5 — {SCORE_WEIGHTS.feedbackPoint}, достижение наставляемого — {SCORE_WEIGHTS.achievement}, призовое место
            или победа — ещё {SCORE_WEIGHTS.prize}.
          </p>
          {candidates.length === 0 && <p>Наставников с парами в программе нет.</p>}
          <ol className="space-y-2">
            {candidates.map((c) => (
              <li key={c.mentorId}>
                <p className="font-medium">
                  {c.rank}. {fullName(c)} — {String(c.score).replace(".", ",")} балла
                </p>
                <ul className="list-disc pl-5 text-sm text-slate-700">
                  {c.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {event && candidates.length > 0 && (
            <div className="mt-4">
              <h3 className="mb-2 font-medium">Предложить награду</h3>
              <ProposeAwardForm mentors={candidates.map((c) => ({ id: c.mentorId, label: `${c.rank}. ${fullName(c)}` }))} />
            </div>
          )}
        </Card>
        {event && event.awards.length > 0 && (
          <Card title="Награды">
            <ul className="space-y-2">
              {event.awards.map((a) => (
                <li key={a.id}>
                  <p className="font-medium">
                    «{a.nomination}» — {a.mentorName}: {awardStatusLabels[a.status]}
                    {a.declineReason && ` (${a.declineReason})`}
                  </p>
                  {a.status === "APPROVED" && (
                    <a href={`/curator/final-event/letters/${a.id}`} className="text-sm text-blue-800 underline">
                      Благодарственное письмо № БП-{a.letterNumber}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
