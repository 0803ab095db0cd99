"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkMeeting } from "./check-meeting";
import { describeMeetingChanges } from "./describe-meeting-changes";
import { findEditableMeeting } from "./find-editable-meeting";
import { editMeetingSchema } from "./meeting-schema";

/**
 * The mentor who logged a meeting corrects it within MEETING_EDIT_DAYS; the change is kept in the pair's history.
 * The attendance of a mentee who has left the pair since stays as recorded (checkMeeting).
 */
export const updateMeeting = defineAction({ schema: editMeetingSchema, permission: "meeting:log" }, async (input, viewer) => {
  const mentorshipId = await db.$transaction(async (tx) => {
    const { meeting, state, where } = await findEditableMeeting(tx, viewer, input.meetingId);
    if (meeting.mentorshipId !== input.mentorshipId) throw new AppError("NOT_FOUND");
    const { menteeIds, heldOn, present } = await checkMeeting(tx, viewer, input, {
      meetingId: meeting.id,
      recorded: meeting.attendance,
    });
    const after = {
      type: input.type,
      heldOn,
      durationMinutes: input.durationMinutes,
      topic: input.topic,
      summary: input.summary || null,
      present,
    };
    const changes = describeMeetingChanges(state, after);
    if (changes.length === 0) return meeting.mentorshipId;

    const updated = await tx.meeting.updateMany({
      where,
      data: { type: after.type, heldOn, durationMinutes: after.durationMinutes, topic: after.topic, summary: after.summary },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    for (const menteeId of menteeIds) {
      await tx.meetingAttendance.upsert({
        where: { meetingId_menteeId: { meetingId: meeting.id, menteeId } },
        update: { attended: present.includes(menteeId) },
        create: { schoolId: viewer.schoolId, meetingId: meeting.id, menteeId, attended: present.includes(menteeId) },
      });
    }
    await tx.meetingChange.create({
      data: {
        schoolId: viewer.schoolId,
        mentorshipId: meeting.mentorshipId,
        meetingId: meeting.id,
        kind: "EDITED",
        heldOn: meeting.heldOn,
        topic: meeting.topic,
        changes: changes as unknown as Prisma.InputJsonValue,
        changedById: viewer.userId,
      },
    });
    await recordAudit(tx, viewer, {
      action: "meeting.update",
      entityType: "Meeting",
      entityId: meeting.id,
      details: { fields: changes.map((c) => c.field) },
    });
    return meeting.mentorshipId;
  });
  revalidatePath(`/mentor/pairs/${mentorshipId}`);
  revalidatePath("/mentor");
  return { id: input.meetingId };
});
