import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { MeetingFieldChange } from "./describe-meeting-changes";
import { MEETING_EDIT_DAYS } from "./meeting-schema";

const personName = { select: { lastName: true, firstName: true, middleName: true } } as const;

/** One of the viewer's own pairs/groups with its meetings, its read logged for each person shown; someone else's id is "not found". */
export async function getOwnMentorship(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "mentorship:read-own");
  const mentorship = await db.mentorship.findFirst({
    where: { id: mentorshipId, ...ownMentorships(viewer) },
    include: {
      mentees: { where: { leftOn: null }, include: { mentee: { include: { person: personName } } } },
      meetings: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        include: { attendance: { include: { mentee: { include: { person: personName } } } } },
      },
      meetingChanges: { orderBy: { changedAt: "desc" }, include: { changedBy: { select: { displayName: true } } } },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  // The pair page shows the mentees and who attended each meeting (pupils who have left included): a read of their records.
  const attendees = mentorship.meetings.flatMap((meeting) => meeting.attendance.map((a) => a.mentee.personId));
  await recordReads(
    viewer,
    [...mentorship.mentees.map((m) => m.mentee.personId), ...attendees],
    "Пара наставника: участники и посещаемость",
  );
  // Which meetings the viewer may still correct (the actions check it again: editableMeetingWhere).
  const editableSince = Date.now() - MEETING_EDIT_DAYS * 24 * 3600 * 1000;
  const meetings = mentorship.meetings.map((meeting) => ({
    ...meeting,
    editable: meeting.createdById === viewer.userId && meeting.createdAt.getTime() >= editableSince,
  }));
  const history = mentorship.meetingChanges.map((change) => ({
    ...change,
    changes: change.changes as unknown as MeetingFieldChange[],
  }));
  return { ...mentorship, meetings, meetingChanges: history };
}
