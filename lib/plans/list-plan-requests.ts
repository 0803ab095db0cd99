import "server-only";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { requestKindLabels } from "@/lib/mentees/labels";

/**
 * The requests a goal of the mentor's plan may answer: those of the pair's present mentees (or one mentee's) that the
 * mentor may see — not confidential, or shared with this mentor. Only kinds and details, for the editor's list.
 */
export async function listPlanRequests(viewer: Viewer, mentorshipId: string, menteeId: string) {
  const requests = await db.menteeRequest.findMany({
    where: {
      schoolId: viewer.schoolId,
      mentee: {
        mentorships: { some: { mentorshipId, leftOn: null, mentorship: ownMentorships(viewer) } },
        ...(menteeId ? { id: menteeId } : {}),
      },
      OR: [{ confidential: false }, { sharedWithMentor: { person: { userId: viewer.userId } } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, details: true, mentee: { select: { person: { select: { firstName: true } } } } },
  });
  return requests.map((r) => ({
    id: r.id,
    label: `${r.mentee.person.firstName}: ${requestKindLabels[r.kind]}${r.details ? ` — ${r.details.slice(0, 60)}` : ""}`,
  }));
}
