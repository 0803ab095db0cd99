import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { loadCurrentMentors } from "./current-mentors";
import { assignedToViewer, visibleRequests } from "./scopes";

const requestFields = {
  id: true,
  kind: true,
  details: true,
  source: true,
  confidential: true,
  createdAt: true,
  addedBy: { select: { displayName: true } },
  sharedWithMentor: { select: { id: true, person: { select: { lastName: true, firstName: true, middleName: true } } } },
} as const;

/** Who may open a mentee's card at all: the base's readers, and a mentor for their own assigned mentees. */
export function mayOpenMenteeCard(viewer: Viewer): boolean {
  return can(viewer, "mentee-base:read") || can(viewer, "mentee-confidential:read-shared");
}

/**
 * A mentee's profile and the requests the viewer may read, without logging (the caller logs the read it shows).
 * A mentor who is not the mentee's assigned mentor gets null: the condition is in the `where`.
 * `currentMentors` (who leads the mentee now) is filled only for the curator and psychologist.
 */
export async function loadMenteeSection(viewer: Viewer, personId: string) {
  let where: Prisma.MenteeProfileWhereInput;
  if (can(viewer, "mentee-base:read")) where = { personId, schoolId: viewer.schoolId };
  else if (can(viewer, "mentee-confidential:read-shared")) where = { personId, ...assignedToViewer(viewer) };
  else return null;
  const mentee = await db.menteeProfile.findFirst({
    where,
    select: {
      id: true,
      personId: true,
      kind: true,
      request: true,
      preferredFormats: true,
      availabilitySlots: true,
      traits: true,
      createdAt: true,
      person: { select: { lastName: true, firstName: true, middleName: true } },
      requests: { where: visibleRequests(viewer), orderBy: { createdAt: "asc" }, select: requestFields },
    },
  });
  if (!mentee) return null;
  // Who leads the mentee now, for those who read confidential facts: to share one and to see whether a share still reaches.
  const currentMentors = can(viewer, "mentee-confidential:read") ? await loadCurrentMentors(db, viewer.schoolId, mentee.id) : [];
  return { ...mentee, currentMentors };
}

export type MenteeSection = NonNullable<Awaited<ReturnType<typeof loadMenteeSection>>>;

/** The mentee card: confidential facts only for the curator and psychologist, shared ones only for the assigned mentor. */
export async function getMenteeCard(viewer: Viewer, personId: string): Promise<MenteeSection> {
  if (!mayOpenMenteeCard(viewer)) throw new AppError("FORBIDDEN");
  const mentee = await loadMenteeSection(viewer, personId);
  if (!mentee) throw new AppError("NOT_FOUND");
  await recordReads(viewer, [personId], "Карточка наставляемого");
  return mentee;
}
