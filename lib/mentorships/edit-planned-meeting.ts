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
import { editPlannedMeetingSchema } from "./planned-meeting-schema";

/**
 * The mentor changes a meeting of their own working pair that is still planned: date, time, length, place or link, type
 * and topic, with the same checks as planning it (the future only; a type out of the model's order once confirmed).
 * Mentees and parents are told what changed; the calendar gets the new version (a raised SEQUENCE). A change over one
 * saved since the form opened, or of a meeting cancelled or logged meanwhile, is a CONFLICT.
 */
export const editPlannedMeeting = defineAction(
  { schema: editPlannedMeetingSchema, permission: "meeting:plan" },
  async (input, viewer) => {
    const planned = await db.plannedMeeting.findFirst({
      where: {
        id: input.plannedMeetingId,
        schoolId: viewer.schoolId,
        status: "PLANNED",
        mentorship: { ...ownMentorships(viewer), status: "ACTIVE" },
      },
      select: {
        id: true,
        mentorshipId: true,
        type: true,
        startsAt: true,
        durationMinutes: true,
        place: true,
        link: true,
        topic: true,
        sequence: true,
        mentorship: {
          select: {
            meetings: { select: { type: true } },
            plannedMeetings: {
              where: { status: "PLANNED", id: { not: input.plannedMeetingId } },
              select: { type: true },
            },
          },
        },
      },
    });
    if (!planned) throw new AppError("NOT_FOUND");
    const startsAt = zonedInstant(input.date, input.time, viewer.timeZone);
    if (startsAt.getTime() < Date.now()) {
      throw new AppError("INVALID", "Проверьте поля формы.", { date: ["Это время уже прошло: встреча планируется на будущее"] });
    }
    if (!input.confirmed && input.type !== planned.type) {
      const { meetings, plannedMeetings } = planned.mentorship;
      const warning = meetingSequenceWarning(
        [...meetings, ...plannedMeetings].map((m) => m.type),
        input.type,
      );
      if (warning) {
        throw new AppError("CONFLICT", `Проверьте перед сохранением: ${warning}`, undefined, {
          needsConfirmation: true,
          reasons: [warning],
        });
      }
    }
    const data = {
      type: input.type,
      startsAt,
      durationMinutes: input.durationMinutes,
      place: input.place || null,
      link: input.link || null,
      topic: input.topic,
    };
    const changes = describeChanges(planned, data);
    if (changes.length === 0) return { id: planned.id, changed: false };
    await db.$transaction(async (tx) => {
      const updated = await tx.plannedMeeting.updateMany({
        where: { id: planned.id, schoolId: viewer.schoolId, status: "PLANNED", sequence: planned.sequence },
        data: { ...data, sequence: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw new AppError("CONFLICT", "Встречу уже изменили, отменили или записали. Обновите страницу.");
      }
      const before = formatInstant(planned.startsAt, viewer.timeZone, "dateTime");
      const after = formatInstant(startsAt, viewer.timeZone, "dateTime");
      const text =
        before === after
          ? `встреча с наставником ${after} изменена: ${changes.join(", ")}`
          : `встреча с наставником перенесена с ${before} на ${after}`;
      await notify(tx, {
        kind: "MEETING_CHANGED",
        schoolId: viewer.schoolId,
        dedupeKey: `meeting-changed:${planned.id}:${planned.sequence + 1}`,
        recipients: await meetingRecipients(tx, viewer.schoolId, planned.mentorshipId, text, {
          mentee: "/mentee",
          parent: "/parent",
        }),
      });
      await recordAudit(tx, viewer, {
        action: "meeting.plan.edit",
        entityType: "PlannedMeeting",
        entityId: planned.id,
        details: { changes },
      });
    });
    revalidatePath(`/mentor/pairs/${planned.mentorshipId}`);
    revalidatePath("/mentee");
    revalidatePath("/parent");
    return { id: planned.id, changed: true };
  },
);

type MeetingFields = {
  type: string;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  link: string | null;
  topic: string;
};

/** What the change touches, in the words the notice uses. */
function describeChanges(before: MeetingFields, after: MeetingFields): string[] {
  const changes: string[] = [];
  if (before.startsAt.getTime() !== after.startsAt.getTime()) changes.push("время");
  if (before.durationMinutes !== after.durationMinutes) changes.push("длительность");
  if (before.place !== after.place) changes.push("место");
  if (before.link !== after.link) changes.push("ссылка");
  if (before.type !== after.type) changes.push("тип встречи");
  if (before.topic !== after.topic) changes.push("тема");
  return changes;
}
