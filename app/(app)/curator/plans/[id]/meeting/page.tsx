import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/mentor/meeting-form";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatInstant, todayCalendarDate } from "@/lib/format/date";
import { listPlannedMeetings } from "@/lib/mentorships/list-planned-meetings";
import { getPairPlans } from "@/lib/plans/get-pair-plans";

export const metadata: Metadata = { title: "Записать встречу за наставника" };

export default async function LogForMentorPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/plans/[id]/meeting");
  const { id } = await params;
  const pair = await loadOrRefuse(getPairPlans(viewer, id));
  if (pair.status !== "ACTIVE") notFound();
  const planned = await listPlannedMeetings(viewer, { mentorshipIds: [pair.id] });
  return (
    <>
      <Link href="/curator/plans" className="text-sm text-blue-800 underline">
        ← Планы и встречи пар
      </Link>
      <PageTitle subtitle={`Наставник: ${pair.mentorName}. Встреча будет отмечена как записанная куратором.`}>
        Записать встречу за наставника
      </PageTitle>
      <Card>
        <MeetingForm
          mentorshipId={pair.id}
          mentees={pair.mentees}
          onBehalf
          today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
          planned={planned.map((m) => ({
            id: m.id,
            label: `${formatInstant(m.startsAt, viewer.timeZone, "shortDateTime")} — ${m.topic}`,
          }))}
        />
      </Card>
    </>
  );
}
