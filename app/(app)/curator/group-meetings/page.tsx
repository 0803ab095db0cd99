import type { Metadata } from "next";
import Link from "next/link";
import { GroupMeetingForm } from "@/components/group-meetings/group-meeting-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatDate, todayCalendarDate } from "@/lib/format/date";
import { listGroupMeetings } from "@/lib/group-meetings/list-group-meetings";
import { loadMeetingPeople } from "@/lib/group-meetings/load-meeting-people";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";

export const metadata: Metadata = { title: "Групповые встречи" };

export default async function GroupMeetingsPage() {
  const viewer = await requirePage("/curator/group-meetings");
  const programme = await findCurrentProgramme(viewer.schoolId);
  if (!programme) {
    return (
      <>
        <PageTitle>Групповые встречи</PageTitle>
        <p>Сначала начните программу наставничества учебного года.</p>
      </>
    );
  }
  const [meetings, people] = await Promise.all([listGroupMeetings(viewer, programme.id), loadMeetingPeople(viewer)]);
  const today = calendarDateValue(todayCalendarDate(viewer.timeZone));
  return (
    <>
      <PageTitle subtitle="Встреча наставников и наставляемых перед анкетированием о предпочтениях (этап 5.1)">
        Групповые встречи
      </PageTitle>
      <Card title={`Проведены: ${meetings.length}`} className="mb-4">
        {meetings.length === 0 && <p>Встреч пока не было.</p>}
        <ul className="space-y-1">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link href={`/curator/group-meetings/${m.id}`} className="text-blue-800 underline">
                {formatDate(m.heldOn)}, {m.place}
              </Link>{" "}
              — наставников: {m._count.mentors}, наставляемых: {m._count.mentees}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Новая встреча">
        <GroupMeetingForm
          people={people}
          values={{ meetingId: "", heldOn: today, place: "", notes: "", mentorIds: [], menteeIds: [] }}
        />
      </Card>
    </>
  );
}
