import type { Metadata } from "next";
import { ShownContactForm } from "@/components/plans/shown-contact-form";
import { getShownContact } from "@/lib/plans/get-shown-contact";
import { CalendarLink } from "@/components/calendar/calendar-link";
import Link from "next/link";
import { OwnConsentLink } from "@/components/consent/own-consent-link";
import { PreferencePrompt } from "@/components/preferences/preference-prompt";
import { PendingQuestionnaires } from "@/components/questionnaire/pending-questionnaires";
import { FixedByOrder } from "@/components/orders/fixed-by-order";
import { OwnHoursCard } from "@/components/mentor-hours/own-hours-card";
import { MentorHealthBlock } from "@/components/pair-health/mentor-health-block";
import { Card, PageTitle } from "@/components/ui/card";
import { MyRoadmapItems } from "@/components/roadmap/my-items";
import { recordReads } from "@/lib/audit/record-reads";
import { requirePage } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import { formatLabels, formLabels, meetingTypeLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";
import { listOwnMentorships } from "@/lib/mentorships/list-own-mentorships";

export const metadata: Metadata = { title: "Мои пары и группы" };

export default async function MentorPage() {
  const viewer = await requirePage("/mentor");
  const [mentorships, shownContact] = await Promise.all([listOwnMentorships(viewer), getShownContact(viewer)]);
  await recordReads(
    viewer,
    mentorships.flatMap((m) => m.mentees.map((mm) => mm.mentee.person.id)),
    "Кабинет наставника: мои пары и группы",
  );
  return (
    <>
      <PageTitle subtitle="Пары и группы, которые вы ведёте как наставник">Мои пары и группы</PageTitle>
      <CalendarLink viewer={viewer} />
      <MentorHealthBlock viewer={viewer} />
      <MyRoadmapItems viewer={viewer} />
      <PendingQuestionnaires viewer={viewer} audience="MENTOR" />
      <PreferencePrompt viewer={viewer} />
      {mentorships.length === 0 && <p>У вас пока нет закреплённых пар или групп.</p>}
      <ul className="grid gap-4 sm:grid-cols-2">
        {mentorships.map((m) => {
          const names = m.mentees.map((mm) => shortName(mm.mentee.person)).join(", ");
          const last = m.meetings[0];
          return (
            <li key={m.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/mentor/pairs/${m.id}`} className="text-blue-800 underline-offset-2 hover:underline">
                    {m.mentees.length > 1
                      ? `Группа: ${names}`
                      : names || `Пара без наставляемых (${mentorshipStatusLabels[m.status].toLowerCase()})`}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {formLabels[m.form]} · {formatLabels[m.format]} · {mentorshipStatusLabels[m.status]}
                  {m.status === "FORMING" && " (ждёт приказа директора)"}
                </p>
                <FixedByOrder order={m.order} />
                {m.goal && <p className="mt-2 text-sm">Цель: {m.goal}</p>}
                <p className="mt-2 text-sm text-slate-700">
                  Встреч: {m._count.meetings}
                  {last && ` · последняя ${formatDate(last.heldOn)} (${meetingTypeLabels[last.type].toLowerCase()})`}
                </p>
              </Card>
            </li>
          );
        })}
      </ul>
      {shownContact !== null && (
        <Card title="Мой контакт для наставляемых" className="mt-4">
          <ShownContactForm contact={shownContact} />
        </Card>
      )}
      <OwnHoursCard viewer={viewer} />
      <OwnConsentLink />
    </>
  );
}
