import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/** One group meeting of the viewer's school with the ids of who was there; another school's id is "not found". */
export async function getGroupMeeting(viewer: Viewer, meetingId: string) {
  assertCan(viewer, "group-meeting:manage");
  const meeting = await db.groupMeeting.findFirst({
    where: { id: meetingId, schoolId: viewer.schoolId },
    select: {
      id: true,
      heldOn: true,
      place: true,
      notes: true,
      programmeId: true,
      mentors: { select: { mentorId: true } },
      mentees: { select: { menteeId: true } },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  return meeting;
}
