import "server-only";
import { mentorshipsInView } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/**
 * Planned meetings of the pairs the viewer may see (a mentor's own, a mentee's, a parent's child's, the curator's school),
 * optionally of some pairs only: the coming ones still planned and, with `closed`, the cancelled and not held too.
 */
export async function listPlannedMeetings(viewer: Viewer, options: { mentorshipIds?: string[]; closed?: boolean } = {}) {
  assertCan(viewer, "plan:read");
  return db.plannedMeeting.findMany({
    where: {
      schoolId: viewer.schoolId,
      mentorship: mentorshipsInView(viewer),
      ...(options.mentorshipIds ? { mentorshipId: { in: options.mentorshipIds } } : {}),
      ...(options.closed
        ? { status: { not: "HELD" } }
        : { status: "PLANNED", startsAt: { gte: new Date(Date.now() - 12 * 3600 * 1000) } }),
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      mentorshipId: true,
      type: true,
      startsAt: true,
      durationMinutes: true,
      place: true,
      link: true,
      topic: true,
      status: true,
      notHeldReason: true,
    },
  });
}
