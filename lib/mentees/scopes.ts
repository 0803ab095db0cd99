import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentorshipStatus } from "@/lib/generated/prisma/enums";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";

// Prisma `where` fragments for the mentee base. Confidential facts are filtered in the query, never after it.

/** A pair or group that is still running: FORMING or ACTIVE. */
export const openMentorshipStatus: { in: MentorshipStatus[] } = { in: ["FORMING", "ACTIVE"] };

/** Mentees the viewer mentors now: in one of their FORMING or ACTIVE pairs/groups and not gone from it. */
export function assignedToViewer(viewer: Viewer): Prisma.MenteeProfileWhereInput {
  return {
    schoolId: viewer.schoolId,
    mentorships: { some: { leftOn: null, mentorship: { ...ownMentorships(viewer), status: openMentorshipStatus } } },
  };
}

/**
 * Confidential facts the curator shared with the viewer's own mentor profile, while the viewer still leads the mentee.
 * Both conditions name the viewer's one person in the school (a person's user is unique per school), so a fact
 * shared with an earlier mentor never reaches a later one.
 */
export function sharedWithViewer(viewer: Viewer): Prisma.MenteeRequestWhereInput {
  return {
    schoolId: viewer.schoolId,
    confidential: true,
    sharedWithMentor: { schoolId: viewer.schoolId, person: { schoolId: viewer.schoolId, userId: viewer.userId } },
    mentee: assignedToViewer(viewer),
  };
}

/** The requests a viewer may read on a card: all for the curator and psychologist; else the open ones, plus shared ones for the mentor. */
export function visibleRequests(viewer: Viewer): Prisma.MenteeRequestWhereInput {
  if (can(viewer, "mentee-confidential:read")) return { schoolId: viewer.schoolId };
  if (can(viewer, "mentee-confidential:read-shared")) {
    return { schoolId: viewer.schoolId, OR: [{ confidential: false }, sharedWithViewer(viewer)] };
  }
  return { schoolId: viewer.schoolId, confidential: false };
}
