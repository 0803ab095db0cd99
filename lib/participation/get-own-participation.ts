import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

const personName = { select: { lastName: true, firstName: true, middleName: true } } as const;

/**
 * The mentee's own pairs/groups: the mentor and the meetings, nothing about other mentees.
 * A pair the pupil has left is shown as it was until they left: the meetings held up to their leaving day, and neither
 * the goal nor the status, which are the pair's present ones (the goal keeps no history) and no longer theirs.
 */
export async function getOwnParticipation(viewer: Viewer) {
  assertCan(viewer, "participation:read-own");
  const memberships = await db.mentorshipMentee.findMany({
    where: {
      schoolId: viewer.schoolId,
      mentee: { person: { userId: viewer.userId } },
      // A pair still forming may change before the director's order fixes it: the mentee sees it from then on.
      mentorship: { schoolId: viewer.schoolId, status: { not: "FORMING" } },
    },
    orderBy: { mentorship: { createdAt: "desc" } },
    select: {
      menteeId: true,
      leftOn: true,
      mentorship: {
        select: {
          id: true,
          form: true,
          format: true,
          status: true,
          goal: true,
          startedOn: true,
          order: { select: { number: true, signedOn: true } },
          mentor: { select: { person: personName } },
        },
      },
    },
  });
  if (memberships.length === 0) return [];
  const meetings = await db.meeting.findMany({
    where: {
      schoolId: viewer.schoolId,
      OR: memberships.map(({ leftOn, mentorship }) => ({
        mentorshipId: mentorship.id,
        ...(leftOn ? { heldOn: { lte: leftOn } } : {}),
      })),
    },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, mentorshipId: true, heldOn: true, type: true, topic: true, durationMinutes: true },
  });
  return memberships.map(({ menteeId, leftOn, mentorship }) => ({
    ...mentorship,
    menteeId,
    status: leftOn ? null : mentorship.status,
    goal: leftOn ? null : mentorship.goal,
    leftOn,
    meetings: meetings.filter((m) => m.mentorshipId === mentorship.id).map(({ mentorshipId: _, ...meeting }) => meeting),
  }));
}
