import type { Metadata } from "next";
import { MentorshipForm } from "@/components/matching/mentorship-form";
import { EndPairForm } from "@/components/matching/end-pair-form";
import { MatchingDraftCard } from "@/components/matching/matching-draft-card";
import { OrderDraftCard } from "@/components/orders/order-draft-card";
import { Card, PageTitle } from "@/components/ui/card";
import { recordReads } from "@/lib/audit/record-reads";
import { requirePage } from "@/lib/auth/guard";
import { fullName, shortName } from "@/lib/format/person-name";
import { loadMatchCandidates } from "@/lib/matching/load-match-candidates";
import { listMentorships } from "@/lib/matching/list-mentorships";
import { getMatchingDraft } from "@/lib/matching/draft/get-matching-draft";
import { calendarDateValue, formatShortDate, todayCalendarDate } from "@/lib/format/date";
import { getOrderDraft } from "@/lib/orders/get-order-draft";
import { can } from "@/lib/permissions";
import { formatLabels, formLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Пары и группы" };

export default async function PairsPage() {
  const viewer = await requirePage("/curator/pairs");
  const [{ programme, mentorships }, candidates] = await Promise.all([listMentorships(viewer), loadMatchCandidates(viewer)]);
  const [draft, matching] = programme
    ? await Promise.all([getOrderDraft(viewer, programme.id), getMatchingDraft(viewer, programme.id)])
    : [null, null];
  // The draft's pairs are in the matching draft above; here are those working or in an order.
  const fixed = mentorships.filter((p) => p.status !== "FORMING" || p.order);
  const today = calendarDateValue(todayCalendarDate(viewer.timeZone));
  const classOf = (p: { pupil: { grade: number; classLetter: string } | null }) =>
    p.pupil ? `, ${p.pupil.grade}${p.pupil.classLetter}` : "";
  // Those already in a pair are not candidates; those without consent are shown with the reason, so the curator knows.
  const mentees = candidates.mentees
    .filter((m) => !m.inOpenPair)
    .map((m) => ({ id: m.id, label: `${fullName(m.person)}${classOf(m.person)}`, reasons: m.eligibility.reasons }));
  const mentors = candidates.mentors.map((m) => ({
    id: m.id,
    label: `${m.name} (${m.load} из ${m.capacity})`,
    reasons: [...m.eligibility.reasons, ...(m.load >= m.capacity ? ["Нет свободных мест"] : [])],
  }));
  await recordReads(
    viewer,
    [
      ...mentorships.flatMap((p) => [p.mentor.person.id, ...p.mentees.map((m) => m.mentee.person.id)]),
      ...candidates.mentors.map((m) => m.personId),
      ...candidates.mentees.map((m) => m.person.id),
    ],
    "Пары и группы: список и кандидаты",
  );
  return (
    <>
      <PageTitle subtitle={programme?.title}>Пары и группы</PageTitle>
      {draft && <OrderDraftCard viewer={viewer} draft={draft} />}
      {matching && <MatchingDraftCard draft={matching} />}
      <div className="grid gap-4 lg:grid-cols-[1fr_24rem]">
        <Card title={`В приказах и в работе: ${fixed.length}`} className="min-w-0">
          <ScrollRegion label="Пары и группы в приказах и в работе">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Наставник
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Наставляемые
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Форма
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Статус
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Действия</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {fixed.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">{shortName(p.mentor.person)}</td>
                    <td className="py-2 pr-3">{p.mentees.map((m) => shortName(m.mentee.person)).join(", ")}</td>
                    <td className="py-2 pr-3">
                      {formLabels[p.form]}, {formatLabels[p.format].toLowerCase()}
                    </td>
                    <td className="py-2 pr-3">
                      {mentorshipStatusLabels[p.status]}
                      {p.order?.status === "PENDING" && <span className="block text-slate-700">в приказе на утверждении</span>}
                      {p.order?.status === "APPROVED" && p.order.signedOn && (
                        <span className="block text-slate-700">
                          приказ № {p.order.number} от {formatShortDate(p.order.signedOn)}
                        </span>
                      )}
                    </td>
                    <td className="py-2">
                      {p.status === "ACTIVE" && can(viewer, "mentorship:end") && (
                        <EndPairForm mentorshipId={p.id} pairName={shortName(p.mentor.person)} today={today} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </Card>
        <Card title="Новая пара или группа" className="min-w-0">
          {programme ? (
            <MentorshipForm mentors={mentors} mentees={mentees} />
          ) : (
            <p>Сначала начните программу наставничества учебного года.</p>
          )}
        </Card>
      </div>
    </>
  );
}
