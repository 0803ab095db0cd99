"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkMeeting } from "./check-meeting";
import { meetingSchema, type MeetingValues } from "./meeting-schema";

/** Logs a held meeting with its attendance; the planned meeting it took place for (if any) becomes «проведена». */
async function writeMeeting(viewer: Viewer, input: MeetingValues, onBehalf: boolean) {
  const { mentorshipId, menteeIds, heldOn, present, warnings } = await checkMeeting(db, viewer, input, undefined, onBehalf);
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.meeting.create({
      data: {
        schoolId: viewer.schoolId,
        mentorshipId,
        type: input.type,
        heldOn,
        durationMinutes: input.durationMinutes,
        topic: input.topic,
        summary: input.summary || null,
        nextSteps: input.nextSteps || null,
        loggedByCurator: onBehalf,
        createdById: viewer.userId,
        attendance: {
          create: menteeIds.map((menteeId) => ({
            schoolId: viewer.schoolId,
            menteeId,
            attended: present.includes(menteeId),
          })),
        },
      },
      select: { id: true },
    });
    if (input.plannedMeetingId) {
      const held = await tx.plannedMeeting.updateMany({
        where: { id: input.plannedMeetingId, schoolId: viewer.schoolId, mentorshipId, status: "PLANNED" },
        data: { status: "HELD", meetingId: created.id, sequence: { increment: 1 } },
      });
      if (held.count === 0) throw new AppError("CONFLICT", "Запланированная встреча уже записана или отменена.");
    }
    await recordAudit(tx, viewer, {
      action: onBehalf ? "meeting.create-on-behalf" : "meeting.create",
      entityType: "Meeting",
      entityId: created.id,
    });
    return created;
  });
  revalidatePath(`/mentor/pairs/${mentorshipId}`);
  revalidatePath("/mentor");
  return { ...meeting, mentorshipId, warnings };
}

export const logMeeting = defineAction({ schema: meetingSchema, permission: "meeting:log" }, (input, viewer) =>
  writeMeeting(viewer, input, false),
);

/** The curator logs a meeting of any pair of the school on its mentor's behalf; the meeting is marked as such. */
export const logMeetingForMentor = defineAction(
  { schema: meetingSchema, permission: "meeting:log-for-mentor" },
  async (input, viewer) => {
    const result = await writeMeeting(viewer, input, true);
    revalidatePath(`/curator/plans/${result.mentorshipId}/meeting`);
    return result;
  },
);
