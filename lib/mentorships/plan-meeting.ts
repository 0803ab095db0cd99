"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatInstant, zonedInstant } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { meetingRecipients } from "./meeting-recipients";
import { meetingSequenceWarning } from "./meeting-sequence";
import { plannedMeetingSchema } from "./planned-meeting-schema";

/**
 * The mentor plans the next meeting of one of their working pairs: a moment in the school's time zone, not in the past;
 * a type out of the model's order is saved only when confirmed. Mentees and their parents are notified.
 */
export const planMeeting = defineAction({ schema: plannedMeetingSchema, permission: "meeting:plan" }, async (input, viewer) => {
  const mentorship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, ...ownMentorships(viewer) },
    select: {
      id: true,
      status: true,
      meetings: { select: { type: true } },
      plannedMeetings: { where: { status: "PLANNED" }, select: { type: true } },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  if (mentorship.status !== "ACTIVE") throw new AppError("INVALID", "Встречи планируются только для работающих пар и групп.");
  const startsAt = zonedInstant(input.date, input.time, viewer.timeZone);
  if (startsAt.getTime() < Date.now()) {
    throw new AppError("INVALID", "Проверьте поля формы.", { date: ["Это время уже прошло: встреча планируется на будущее"] });
  }
  if (!input.confirmed) {
    const warning = meetingSequenceWarning(
      [...mentorship.meetings, ...mentorship.plannedMeetings].map((m) => m.type),
      input.type,
    );
    if (warning) {
      throw new AppError("CONFLICT", `Проверьте перед сохранением: ${warning}`, undefined, {
        needsConfirmation: true,
        reasons: [warning],
      });
    }
  }
  const planned = await db.$transaction(async (tx) => {
    const created = await tx.plannedMeeting.create({
      data: {
        schoolId: viewer.schoolId,
        mentorshipId: mentorship.id,
        type: input.type,
        startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place || null,
        link: input.link || null,
        topic: input.topic,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    const when = formatInstant(startsAt, viewer.timeZone, "dateTime");
    await notify(tx, {
      kind: "MEETING_SCHEDULED",
      schoolId: viewer.schoolId,
      dedupeKey: `meeting-scheduled:${created.id}`,
      recipients: await meetingRecipients(tx, viewer.schoolId, mentorship.id, `встреча с наставником ${when}`, {
        mentee: "/mentee",
        parent: "/parent",
      }),
    });
    await recordAudit(tx, viewer, { action: "meeting.plan", entityType: "PlannedMeeting", entityId: created.id });
    return created;
  });
  revalidatePath(`/mentor/pairs/${mentorship.id}`);
  return planned;
});
