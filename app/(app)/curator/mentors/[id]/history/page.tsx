import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate, formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { getMentorHistory } from "@/lib/mentor-history/get-mentor-history";
import { formatHours } from "@/lib/mentor-hours/school-year";
import { formatLabels, formLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";

export const metadata: Metadata = { title: "История наставника" };

const period = (from: Date | null, to: Date | null) =>
  from ? `${formatDate(from)} — ${to ? formatDate(to) : "по сей день"}` : "не начиналась";

/** The long-term base (7.7–7.8): a mentor's programmes, pairs, hours and their mentees' achievements over the years. */
export default async function MentorHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/mentors/[id]/history");
  const { id } = await params;
  const { mentor, programmes, totals, awards } = await loadOrRefuse(getMentorHistory(viewer, id));
  return (
    <>
      <Link href={`/curator/mentors/${mentor.id}`} className="text-sm text-blue-800 underline">
        ← Карточка наставника
      </Link>
      <PageTitle
        subtitle={`Пар и групп: ${totals.pairs} · наставляемых: ${totals.mentees} · часов: ${formatHours(totals.minutes)} · достижений наставляемых: ${totals.achievements} (побед и призовых мест: ${totals.prizes})`}
      >
        История наставника: {fullName(mentor.person)}
      </PageTitle>
      {awards.length > 0 && (
        <Card title="Награды" className="mb-4">
          <ul className="list-disc pl-5">
            {awards.map((award) => (
              <li key={award.id}>
                {award.nomination} — {award.event.title}, {formatInstant(award.event.startsAt, viewer.timeZone)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {programmes.length === 0 ? (
        <p>Наставник ещё не вёл пар.</p>
      ) : (
        <div className="space-y-4">
          {programmes.map((programme) => (
            <Card
              key={programme.programmeId}
              title={`${programme.title}${programme.closedAt ? ` · год закрыт ${formatInstant(programme.closedAt, viewer.timeZone)}` : ""}`}
            >
              <p className="mb-2 text-sm">
                Часы за учебный год: встречи {formatHours(programme.meetingMinutes)}, подготовка{" "}
                {formatHours(programme.preparationMinutes)}
              </p>
              <div className="overflow-x-auto">
                <table className="w-full text-sm">
                  <caption className="sr-only">Пары и группы программы {programme.title}</caption>
                  <thead>
                    <tr className="border-b border-slate-300 text-left">
                      <th scope="col" className="py-1 pr-3">
                        Наставляемые
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Форма
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Сроки
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Состояние
                      </th>
                      <th scope="col" className="py-1 pr-3 text-right">
                        Встречи, ч
                      </th>
                      <th scope="col" className="py-1 text-right">
                        Достижения
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {programme.pairs.map((pair) => (
                      <tr key={pair.mentorshipId} className="border-b border-slate-200 align-top">
                        <td className="py-1 pr-3">{pair.menteeNames.join(", ") || "—"}</td>
                        <td className="py-1 pr-3">
                          {formLabels[pair.form]}, {formatLabels[pair.format].toLowerCase()}
                        </td>
                        <td className="py-1 pr-3">{period(pair.startedOn, pair.endedOn)}</td>
                        <td className="py-1 pr-3">
                          {mentorshipStatusLabels[pair.status]}
                          {pair.carriedFromId && " · продолжение пары прошлого года"}
                        </td>
                        <td className="py-1 pr-3 text-right">
                          {pair.meetings} · {formatHours(pair.meetingMinutes)}
                        </td>
                        <td className="py-1 text-right">
                          {pair.achievements}
                          {pair.prizes > 0 && ` (призовых: ${pair.prizes})`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
