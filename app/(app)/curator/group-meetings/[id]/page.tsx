import type { Metadata } from "next";
import Link from "next/link";
import { GroupMeetingForm } from "@/components/group-meetings/group-meeting-form";
import { PreferenceAnswers } from "@/components/preferences/preference-answers";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatDate } from "@/lib/format/date";
import { getGroupMeeting } from "@/lib/group-meetings/get-group-meeting";
import { loadMeetingPeople } from "@/lib/group-meetings/load-meeting-people";
import { listPreferenceAnswers } from "@/lib/preferences/list-preference-answers";

export const metadata: Metadata = { title: "Групповая встреча" };

export default async function GroupMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/group-meetings/[id]");
  const { id } = await params;
  const meeting = await loadOrRefuse(getGroupMeeting(viewer, id));
  const [people, answers] = await Promise.all([loadMeetingPeople(viewer), listPreferenceAnswers(viewer, meeting.id)]);
  return (
    <>
      <PageTitle subtitle={meeting.place}>Групповая встреча {formatDate(meeting.heldOn)}</PageTitle>
      <p className="mb-4">
        <Link href="/curator/group-meetings" className="text-blue-800 underline">
          Все встречи
        </Link>
      </p>
      <Card title="Участники">
        <GroupMeetingForm
          people={people}
          values={{
            meetingId: meeting.id,
            heldOn: calendarDateValue(meeting.heldOn),
            place: meeting.place,
            notes: meeting.notes ?? "",
            mentorIds: meeting.mentors.map((m) => m.mentorId),
            menteeIds: meeting.mentees.map((m) => m.menteeId),
          }}
        />
      </Card>
      <PreferenceAnswers answers={answers} />
    </>
  );
}
