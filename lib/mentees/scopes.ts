import type { Prisma } from "@/lib/generated/prisma/client";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";

// Prisma `where` fragments for the mentee base. Confidential facts are filtered in the query, never after it.

/** Mentees the viewer mentors now: in one of their FORMING or ACTIVE pairs/groups and not gone from it. */
export function assignedToViewer(viewer: Viewer): Prisma.MenteeProfileWhereInput {
  return {
    schoolId: viewer.schoolId,
    mentorships: {
      some: { leftOn: null, mentorship: { ...ownMentorships(viewer), status: { in: ["FORMING", "ACTIVE"] } } },
    },
  };
}

/** Confidential facts the curator shared with the viewer as the mentee's assigned mentor. */
export function sharedWithViewer(viewer: Viewer): Prisma.MenteeRequestWhereInput {
  return { schoolId: viewer.schoolId, confidential: true, sharedWithMentor: true, mentee: assignedToViewer(viewer) };
}

/** The requests a viewer may read on a card: all for the curator and psychologist; else the open ones, plus shared ones for the mentor. */
export function visibleRequests(viewer: Viewer): Prisma.MenteeRequestWhereInput {
  if (can(viewer, "mentee-confidential:read")) return { schoolId: viewer.schoolId };
  if (can(viewer, "mentee-confidential:read-shared")) {
    return { schoolId: viewer.schoolId, OR: [{ confidential: false }, sharedWithViewer(viewer)] };
  }
  return { schoolId: viewer.schoolId, confidential: false };
}
