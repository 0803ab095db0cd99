import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

const person = { select: { id: true, lastName: true, firstName: true, middleName: true, userId: true } } as const;

/**
 * For the curator: each participant of a group meeting and their ranking in the programme (empty when they have not
 * answered), and whether a parent entered it. One query per table, whatever the count.
 */
export async function listPreferenceAnswers(viewer: Viewer, meetingId: string) {
  assertCan(viewer, "preference:read");
  const meeting = await db.groupMeeting.findFirst({
    where: { id: meetingId, schoolId: viewer.schoolId },
    select: {
      programmeId: true,
      mentors: { select: { mentor: { select: { id: true, person } } } },
      mentees: { select: { mentee: { select: { id: true, person } } } },
    },
  });
  if (!meeting) return { mentees: [], mentors: [] };
  const rows = await db.matchPreference.findMany({
    where: {
      schoolId: viewer.schoolId,
      programmeId: meeting.programmeId,
      OR: [
        { direction: "MENTEE_TO_MENTOR", menteeId: { in: meeting.mentees.map((m) => m.mentee.id) } },
        { direction: "MENTOR_TO_MENTEE", mentorId: { in: meeting.mentors.map((m) => m.mentor.id) } },
      ],
    },
    orderBy: { rank: "asc" },
    select: {
      direction: true,
      enteredById: true,
      mentee: { select: { id: true, person } },
      mentor: { select: { id: true, person } },
    },
  });
  const answers = (direction: "MENTEE_TO_MENTOR" | "MENTOR_TO_MENTEE", chooserId: string, chooserUserId: string | null) => {
    const own = rows.filter(
      (r) => r.direction === direction && (direction === "MENTEE_TO_MENTOR" ? r.mentee.id : r.mentor.id) === chooserId,
    );
    return {
      choices: own.map((r) => fullName(direction === "MENTEE_TO_MENTOR" ? r.mentor.person : r.mentee.person)),
      byParent: own.some((r) => r.enteredById !== chooserUserId),
    };
  };
  return {
    mentees: meeting.mentees.map(({ mentee }) => ({
      id: mentee.id,
      personId: mentee.person.id,
      name: fullName(mentee.person),
      ...answers("MENTEE_TO_MENTOR", mentee.id, mentee.person.userId),
    })),
    mentors: meeting.mentors.map(({ mentor }) => ({
      id: mentor.id,
      personId: mentor.person.id,
      name: fullName(mentor.person),
      ...answers("MENTOR_TO_MENTEE", mentor.id, mentor.person.userId),
    })),
  };
}
