import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { describeMeetingHistory, meetingHistoryMenteeIds } from "./describe-meeting-history";
import { MEETING_EDIT_DAYS } from "./meeting-schema";

const personName = { select: { lastName: true, firstName: true, middleName: true } } as const;

/** One of the viewer's own pairs/groups with its meetings, its read logged for each person shown; someone else's id is "not found". */
export async function getOwnMentorship(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "mentorship:read-own");
  const mentorship = await db.mentorship.findFirst({
    where: { id: mentorshipId, ...ownMentorships(viewer) },
    include: {
      mentees: { include: { mentee: { include: { person: personName } } } },
      meetings: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        include: { attendance: { include: { mentee: { include: { person: personName } } } } },
      },
      meetingChanges: { orderBy: { changedAt: "desc" }, include: { changedBy: { select: { displayName: true } } } },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  // The history names attendees by mentee id: their names are read now, so an anonymised person reads as such.
  const named = await db.menteeProfile.findMany({
    where: { schoolId: viewer.schoolId, id: { in: meetingHistoryMenteeIds(mentorship.meetingChanges) } },
    select: { id: true, personId: true, person: personName },
  });
  const current = mentorship.mentees.filter((m) => !m.leftOn);
  // The pair page shows the mentees and who attended each meeting (pupils who have left included): a read of their records.
  const attendees = mentorship.meetings.flatMap((meeting) => meeting.attendance.map((a) => a.mentee.personId));
  await recordReads(
    viewer,
    [...current.map((m) => m.mentee.personId), ...attendees, ...named.map((n) => n.personId)],
    "Пара наставника: участники и посещаемость",
  );
  const currentIds = new Set(current.map((m) => m.menteeId));
  const leftOn = new Map(mentorship.mentees.map((m) => [m.menteeId, m.leftOn]));
  // Which meetings the viewer may still correct (the actions check it again: editableMeetingWhere).
  const editableSince = Date.now() - MEETING_EDIT_DAYS * 24 * 3600 * 1000;
  const meetings = mentorship.meetings.map((meeting) => ({
    ...meeting,
    editable: meeting.createdById === viewer.userId && meeting.createdAt.getTime() >= editableSince,
    /** Who is ticked in the correction form: the present mentees who attended. */
    attendeeIds: meeting.attendance.filter((a) => a.attended && currentIds.has(a.menteeId)).map((a) => a.menteeId),
    /** Mentees who have left since: their attendance is shown as recorded and is not changed by a correction. */
    keptAttendance: meeting.attendance
      .filter((a) => !currentIds.has(a.menteeId))
      .map((a) => ({
        id: a.menteeId,
        name: fullName(a.mentee.person),
        attended: a.attended,
        leftOn: leftOn.get(a.menteeId) ?? null,
      })),
  }));
  const names = new Map(named.map((n) => [n.id, fullName(n.person)]));
  return {
    ...mentorship,
    mentees: current,
    meetings,
    meetingChanges: describeMeetingHistory(mentorship.meetingChanges, names, viewer.timeZone),
  };
}
