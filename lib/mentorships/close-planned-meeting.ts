"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatInstant } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { meetingRecipients } from "./meeting-recipients";
import { closePlannedMeetingSchema } from "./planned-meeting-schema";

/**
 * The mentor cancels a planned meeting of their own pair, or records that it did not take place, with the reason. The
 * mentees and parents are told of the change; the calendar shows the meeting as cancelled (a new SEQUENCE).
 */
export const closePlannedMeeting = defineAction(
  { schema: closePlannedMeetingSchema, permission: "meeting:plan" },
  async (input, viewer) => {
    const planned = await db.plannedMeeting.findFirst({
      where: { id: input.plannedMeetingId, schoolId: viewer.schoolId, mentorship: ownMentorships(viewer) },
      select: { id: true, mentorshipId: true, startsAt: true, sequence: true },
    });
    if (!planned) throw new AppError("NOT_FOUND");
    await db.$transaction(async (tx) => {
      const closed = await tx.plannedMeeting.updateMany({
        where: { id: planned.id, schoolId: viewer.schoolId, status: "PLANNED" },
        data: { status: input.status, notHeldReason: input.reason, sequence: { increment: 1 } },
      });
      if (closed.count === 0) throw new AppError("CONFLICT", "Эта встреча уже отменена или записана.");
      const when = formatInstant(planned.startsAt, viewer.timeZone, "dateTime");
      const what = input.status === "CANCELLED" ? "отменена" : "не состоялась";
      await notify(tx, {
        kind: "MEETING_CHANGED",
        schoolId: viewer.schoolId,
        dedupeKey: `meeting-changed:${planned.id}:${planned.sequence + 1}`,
        recipients: await meetingRecipients(tx, viewer.schoolId, planned.mentorshipId, `встреча ${when} ${what}`, {
          mentee: "/mentee",
          parent: "/parent",
        }),
      });
      await recordAudit(tx, viewer, {
        action: input.status === "CANCELLED" ? "meeting.cancel" : "meeting.not-held",
        entityType: "PlannedMeeting",
        entityId: planned.id,
      });
    });
    revalidatePath(`/mentor/pairs/${planned.mentorshipId}`);
    return { id: planned.id };
  },
);
