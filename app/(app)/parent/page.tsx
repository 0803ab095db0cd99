import type { Metadata } from "next";
import { CalendarLink } from "@/components/calendar/calendar-link";
import Link from "next/link";
import { PreferencePrompt } from "@/components/preferences/preference-prompt";
import { PendingQuestionnaires } from "@/components/questionnaire/pending-questionnaires";
import { FixedByOrder } from "@/components/orders/fixed-by-order";
import { PairSummary } from "@/components/plans/pair-summary";
import { PetitionStatus } from "@/components/petitions/petition-status";
import { Card, PageTitle } from "@/components/ui/card";
import { recordReads } from "@/lib/audit/record-reads";
import { requirePage } from "@/lib/auth/guard";
import { listOwnChildren } from "@/lib/family/own-children";
import { listOwnPetitions } from "@/lib/petitions/list-own-petitions";
import { formatDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { formLabels, meetingTypeLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";

export const metadata: Metadata = { title: "Мои дети" };

export default async function ParentPage() {
  const viewer = await requirePage("/parent");
  const [children, petitions] = await Promise.all([listOwnChildren(viewer), listOwnPetitions(viewer)]);
  await recordReads(
    viewer,
    children.map((c) => c.id),
    "Кабинет родителя",
  );
  return (
    <>
      <PageTitle subtitle="Участие ваших детей в программе наставничества">Мои дети</PageTitle>
      <p className="mb-4">
        <Link href="/parent/consents" className="text-blue-800 underline">
          Согласия на обработку персональных данных
        </Link>
      </p>
      <CalendarLink viewer={viewer} />
      <PendingQuestionnaires viewer={viewer} audience="PARENT" />
      <PreferencePrompt viewer={viewer} />
      {children.length === 0 && <p>К вашей учётной записи пока не привязан ни один ребёнок. Обратитесь к куратору.</p>}
      {children.map((child) => (
        <Card key={child.id} title={fullName(child)} className="mb-4">
          {child.pupil && (
            <p className="text-sm text-slate-700">
              {child.pupil.grade} «{child.pupil.classLetter}» класс
            </p>
          )}
          {!child.mentee?.mentorships.length && (
            <p className="mt-2">Ребёнок пока не участвует в наставнической паре или группе.</p>
          )}
          {child.mentee?.mentorships.map(({ mentorship }, i) => (
            <div key={i} className="mt-3">
              <p>
                Наставник: <b>{fullName(mentorship.mentor.person)}</b> · {formLabels[mentorship.form]} ·{" "}
                {mentorshipStatusLabels[mentorship.status]}
              </p>
              <FixedByOrder order={mentorship.order} />
              {mentorship.status === "ACTIVE" && (
                <PairSummary viewer={viewer} mentorshipId={mentorship.id} menteeId={child.mentee?.id} />
              )}
              {mentorship.status === "ACTIVE" && child.mentee && (
                <PetitionStatus
                  mentorshipId={mentorship.id}
                  menteeId={child.mentee.id}
                  petitions={petitions}
                  timeZone={viewer.timeZone}
                  forChild={child.firstName}
                />
              )}
              {mentorship.meetings.length > 0 && (
                <ul className="mt-1 text-sm text-slate-700">
                  {mentorship.meetings.map((meeting) => (
                    <li key={meeting.id}>
                      {formatDate(meeting.heldOn)} — {meetingTypeLabels[meeting.type]}: {meeting.topic}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </Card>
      ))}
    </>
  );
}
