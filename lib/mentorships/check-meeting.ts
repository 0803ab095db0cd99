import "server-only";
import { ownMentorships } from "@/lib/auth/scopes";
import { meetingSequenceWarning } from "./meeting-sequence";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { formatDate, parseCalendarDate, todayCalendarDate } from "@/lib/format/date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FUTURE_MEETING, type MeetingValues } from "./meeting-schema";

const DAY = 24 * 3600 * 1000;

/** A correction: the meeting and its attendance as recorded. */
export interface MeetingCorrection {
  meetingId: string;
  recorded: { menteeId: string; attended: boolean }[];
}

const invalid = (field: "heldOn" | "attendeeIds", message: string) =>
  new AppError("INVALID", "Проверьте поля формы.", { [field]: [message] });

/**
 * The checks shared by logging and correcting a meeting, on one of the viewer's own working pairs: the date is neither
 * after the school's today nor before the pair started (startedOn, else the day it was formed, with a day of slack for
 * time zones); attendees are the pair's present mentees. A mentee who has left since keeps the attendance recorded for
 * them (it is no longer the mentor's to change), and the meeting stays on or before the day they left: membership is
 * judged on the meeting's date. A meeting nobody attended or an exact duplicate (same pair, date, type and topic) is
 * saved only when confirmed — otherwise a CONFLICT with `details.needsConfirmation` lets the form ask.
 */
export async function checkMeeting(
  client: Prisma.TransactionClient,
  viewer: Viewer,
  input: MeetingValues,
  correction?: MeetingCorrection,
  /** The curator logging on a mentor's behalf: any pair of the school (the caller checked the permission). */
  onBehalf = false,
) {
  const mentorship = await client.mentorship.findFirst({
    where: { id: input.mentorshipId, ...(onBehalf ? { schoolId: viewer.schoolId } : ownMentorships(viewer)) },
    select: {
      id: true,
      status: true,
      meetings: { where: correction ? { id: { not: correction.meetingId } } : {}, select: { type: true } },
      startedOn: true,
      createdAt: true,
      mentorId: true,
      mentees: { select: { menteeId: true, leftOn: true } },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  if (mentorship.status !== "ACTIVE") {
    throw new AppError("INVALID", "Встречи записываются только для работающих пар и групп.");
  }
  const menteeIds = mentorship.mentees.filter((m) => !m.leftOn).map((m) => m.menteeId);
  const kept = (correction?.recorded ?? []).filter((r) => !menteeIds.includes(r.menteeId));
  const keptPresent = kept.filter((r) => r.attended).map((r) => r.menteeId);
  if (input.attendeeIds.some((id) => !menteeIds.includes(id) && !keptPresent.includes(id))) {
    throw invalid("attendeeIds", "Отметьте только участников этой пары или группы");
  }
  const present = [...new Set([...input.attendeeIds.filter((id) => menteeIds.includes(id)), ...keptPresent])];

  const heldOn = parseCalendarDate(input.heldOn);
  if (heldOn > todayCalendarDate(viewer.timeZone)) throw invalid("heldOn", FUTURE_MEETING);
  const formed = new Date(
    Date.UTC(mentorship.createdAt.getUTCFullYear(), mentorship.createdAt.getUTCMonth(), mentorship.createdAt.getUTCDate()),
  );
  const start = mentorship.startedOn ?? formed;
  const earliest = mentorship.startedOn ?? new Date(formed.getTime() - DAY);
  if (heldOn < earliest) throw invalid("heldOn", `Пара начала работу ${formatDate(start)}: встреча не может быть раньше`);
  const keptIds = kept.map((r) => r.menteeId);
  const leftDays = mentorship.mentees.flatMap((m) => (m.leftOn && keptIds.includes(m.menteeId) ? [m.leftOn] : []));
  const firstLeft = leftDays.sort((a, b) => a.getTime() - b.getTime())[0];
  if (firstLeft && heldOn > firstLeft) {
    throw invalid("heldOn", `На встрече записан участник, выбывший ${formatDate(firstLeft)}: встреча не может быть позже`);
  }

  if (!input.confirmed) {
    const reasons: string[] = [];
    if (present.length === 0) reasons.push("Никто из наставляемых не отмечен присутствовавшим.");
    const twin = await client.meeting.findFirst({
      where: {
        schoolId: viewer.schoolId,
        mentorshipId: mentorship.id,
        heldOn,
        type: input.type,
        topic: { equals: input.topic, mode: "insensitive" },
        ...(correction ? { id: { not: correction.meetingId } } : {}),
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
  // Out of the model's order is warned about after saving, never refused (issue 13).
  const outOfOrder = meetingSequenceWarning(
    mentorship.meetings.map((m) => m.type),
    input.type,
  );
  const tooLong = await sessionLimitWarnings(client, viewer.schoolId, mentorship.mentorId, present, input.durationMinutes);
  return { mentorshipId: mentorship.id, menteeIds, heldOn, present, warnings: [...(outOfOrder ? [outOfOrder] : []), ...tooLong] };
}

/**
 * A health limitation the curator shared with this mentor may cap a session (MenteeRequest.sessionLimitMinutes): a
 * longer meeting is saved, with a warning naming the limit (the mentor already reads the shared fact on the pair's page).
 */
async function sessionLimitWarnings(
  client: Prisma.TransactionClient,
  schoolId: string,
  mentorId: string,
  present: string[],
  durationMinutes: number | null | undefined,
): Promise<string[]> {
  if (!durationMinutes || present.length === 0) return [];
  const limits = await client.menteeRequest.findMany({
    where: {
      schoolId,
      menteeId: { in: present },
      sharedWithMentorId: mentorId,
      sessionLimitMinutes: { lt: durationMinutes },
    },
    select: { sessionLimitMinutes: true, mentee: { select: { person: { select: { firstName: true } } } } },
  });
  return limits.map(
    (limit) =>
      `Встреча длилась ${durationMinutes} мин, а по сведениям куратора занятие с участником ${limit.mentee.person.firstName} — не дольше ${limit.sessionLimitMinutes} мин.`,
  );
}
