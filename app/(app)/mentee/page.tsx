import type { Metadata } from "next";
import { CalendarLink } from "@/components/calendar/calendar-link";
import { OwnConsentLink } from "@/components/consent/own-consent-link";
import { PreferencePrompt } from "@/components/preferences/preference-prompt";
import { PendingQuestionnaires } from "@/components/questionnaire/pending-questionnaires";
import { FixedByOrder } from "@/components/orders/fixed-by-order";
import { PairSummary } from "@/components/plans/pair-summary";
import { PetitionStatus } from "@/components/petitions/petition-status";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { formatLabels, formLabels, meetingTypeLabels } from "@/lib/mentorships/labels";
import { getOwnParticipation } from "@/lib/participation/get-own-participation";
import { listOwnPetitions } from "@/lib/petitions/list-own-petitions";

export const metadata: Metadata = { title: "Мой наставник" };

export default async function MenteePage() {
  const viewer = await requirePage("/mentee");
  const [mentorships, petitions] = await Promise.all([getOwnParticipation(viewer), listOwnPetitions(viewer)]);
  return (
    <>
      <PageTitle>Здравствуйте, {viewer.displayName.split(" ")[1] ?? viewer.displayName}!</PageTitle>
      <CalendarLink viewer={viewer} />
      <PendingQuestionnaires viewer={viewer} audience="MENTEE" />
      <PreferencePrompt viewer={viewer} />
      {mentorships.length === 0 && <p>Вас пока не включили в наставническую пару или группу.</p>}
      {mentorships.map((m) => (
        <Card key={m.id} title={`Наставник: ${fullName(m.mentor.person)}`} className="mb-4">
          <p className="text-sm text-slate-700">
            {formLabels[m.form]} · {formatLabels[m.format]}
          </p>
          {!m.leftOn && <FixedByOrder order={m.order} />}
          {m.leftOn && (
            <p className="mt-2 font-medium">Вы вышли из пары {formatDate(m.leftOn)}: показаны встречи до этого дня.</p>
          )}
          {m.goal && <p className="mt-2">Цель: {m.goal}</p>}
          {m.status === "ACTIVE" && <PairSummary viewer={viewer} mentorshipId={m.id} />}
          {m.status === "ACTIVE" && (
            <PetitionStatus mentorshipId={m.id} menteeId={m.menteeId} petitions={petitions} timeZone={viewer.timeZone} />
          )}
          <h3 className="mt-4 font-semibold">Встречи</h3>
          {m.meetings.length === 0 && <p className="text-sm">Встреч пока не было.</p>}
          <ul className="mt-1 divide-y divide-slate-100">
            {m.meetings.map((meeting) => (
              <li key={meeting.id} className="py-2">
                <span className="font-medium">{formatDate(meeting.heldOn)}</span> · {meetingTypeLabels[meeting.type]}
                <br />
                <span className="text-slate-700">{meeting.topic}</span>
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <OwnConsentLink />
    </>
  );
}
