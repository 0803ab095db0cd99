import "server-only";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDate, parseCalendarDate } from "@/lib/format/date";
import type { MeetingValues } from "./meeting-schema";

const DAY = 24 * 3600 * 1000;

/**
 * The checks shared by logging and correcting a meeting, on one of the viewer's own working pairs: attendees are the
 * pair's mentees, the date is not before the pair started (startedOn, else the day it was formed, with a day of slack
 * for time zones), and a meeting nobody attended or an exact duplicate (same pair, date, type and topic) is saved
 * only when confirmed — otherwise a CONFLICT with `details.needsConfirmation` lets the form ask.
 */
export async function checkMeeting(viewer: Viewer, input: MeetingValues, exceptMeetingId?: string) {
  const mentorship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, ...ownMentorships(viewer) },
    select: {
      id: true,
      status: true,
      startedOn: true,
      createdAt: true,
      mentees: { where: { leftOn: null }, select: { menteeId: true } },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  if (mentorship.status !== "ACTIVE") {
    throw new AppError("INVALID", "Встречи записываются только для работающих пар и групп.");
  }
  const menteeIds = mentorship.mentees.map((m) => m.menteeId);
  if (input.attendeeIds.some((id) => !menteeIds.includes(id))) {
    throw new AppError("INVALID", "Проверьте поля формы.", { attendeeIds: ["Отметьте только участников этой пары или группы"] });
  }
  const heldOn = parseCalendarDate(input.heldOn);
  const formed = new Date(
    Date.UTC(mentorship.createdAt.getUTCFullYear(), mentorship.createdAt.getUTCMonth(), mentorship.createdAt.getUTCDate()),
  );
  const start = mentorship.startedOn ?? formed;
  const earliest = mentorship.startedOn ?? new Date(formed.getTime() - DAY);
  if (heldOn < earliest) {
    throw new AppError("INVALID", "Проверьте поля формы.", {
      heldOn: [`Пара начала работу ${formatDate(start)}: встреча не может быть раньше`],
    });
  }

  if (!input.confirmed) {
    const reasons: string[] = [];
    if (input.attendeeIds.length === 0) reasons.push("Никто из наставляемых не отмечен присутствовавшим.");
    const twin = await db.meeting.findFirst({
      where: {
        schoolId: viewer.schoolId,
        mentorshipId: mentorship.id,
        heldOn,
        type: input.type,
        topic: { equals: input.topic, mode: "insensitive" },
        ...(exceptMeetingId ? { id: { not: exceptMeetingId } } : {}),
      },
      select: { id: true },
    });
    if (twin) reasons.push("Встреча с такой же датой, типом и темой уже записана.");
    if (reasons.length) {
      throw new AppError("CONFLICT", `Проверьте перед сохранением: ${reasons.join(" ")}`, undefined, {
        needsConfirmation: true,
        reasons,
      });
    }
  }
  return { mentorshipId: mentorship.id, menteeIds, heldOn };
}
