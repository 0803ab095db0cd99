import "server-only";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { MEETING_EDIT_DAYS } from "./meeting-schema";
import type { MeetingState } from "./describe-meeting-changes";

const DAY = 24 * 3600 * 1000;

/**
 * Who may correct a meeting, as a `where`: the mentor who logged it, on a pair they lead in their school, within
 * MEETING_EDIT_DAYS of logging it. The writes repeat it, so a check and its write cannot drift apart.
 */
export function editableMeetingWhere(viewer: Viewer, meetingId: string, now = new Date()): Prisma.MeetingWhereInput {
  return {
    id: meetingId,
    schoolId: viewer.schoolId,
    createdById: viewer.userId,
    mentorship: ownMentorships(viewer),
    createdAt: { gte: new Date(now.getTime() - MEETING_EDIT_DAYS * DAY) },
  };
}

/** The meeting as it is now, or NOT_FOUND (not theirs) / FORBIDDEN (logged more than MEETING_EDIT_DAYS ago). */
export async function findEditableMeeting(tx: Prisma.TransactionClient, viewer: Viewer, meetingId: string) {
  const where = editableMeetingWhere(viewer, meetingId);
  const meeting = await tx.meeting.findFirst({
    where: { ...where, createdAt: undefined },
    select: {
      id: true,
      mentorshipId: true,
      type: true,
      heldOn: true,
      durationMinutes: true,
      topic: true,
      summary: true,
      createdAt: true,
      attendance: { select: { menteeId: true, attended: true } },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  if (meeting.createdAt < (where.createdAt as { gte: Date }).gte) {
    throw new AppError(
      "FORBIDDEN",
      `Встречу можно исправить или удалить только в течение ${MEETING_EDIT_DAYS} дней после записи.`,
    );
  }
  const state: MeetingState = {
    type: meeting.type,
    heldOn: meeting.heldOn,
    durationMinutes: meeting.durationMinutes,
    topic: meeting.topic,
    summary: meeting.summary,
    present: meeting.attendance.filter((a) => a.attended).map((a) => a.menteeId),
  };
  return { meeting, state, where };
}
