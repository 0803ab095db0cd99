import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The group meetings of a programme with how many mentors and mentees were there: one query, no names. */
export async function listGroupMeetings(viewer: Viewer, programmeId: string) {
  assertCan(viewer, "group-meeting:manage");
  return db.groupMeeting.findMany({
    where: { schoolId: viewer.schoolId, programmeId },
    orderBy: { heldOn: "desc" },
    select: { id: true, heldOn: true, place: true, _count: { select: { mentors: true, mentees: true } } },
  });
}
