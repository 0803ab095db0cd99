"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findEditableMeeting } from "./find-editable-meeting";
import { deleteMeetingSchema } from "./meeting-schema";

/** The mentor who logged a meeting deletes it within MEETING_EDIT_DAYS; the pair's history keeps what it was. */
export const deleteMeeting = defineAction({ schema: deleteMeetingSchema, permission: "meeting:log" }, async (input, viewer) => {
  const mentorshipId = await db.$transaction(async (tx) => {
    const { meeting, where } = await findEditableMeeting(tx, viewer, input.meetingId);
    const deleted = await tx.meeting.deleteMany({ where });
    if (deleted.count !== 1) throw new AppError("CONFLICT");
    await tx.meetingChange.create({
      data: {
        schoolId: viewer.schoolId,
        mentorshipId: meeting.mentorshipId,
        meetingId: meeting.id,
        kind: "DELETED",
        heldOn: meeting.heldOn,
        topic: meeting.topic,
        changes: [],
        changedById: viewer.userId,
      },
    });
    await recordAudit(tx, viewer, { action: "meeting.delete", entityType: "Meeting", entityId: meeting.id });
    return meeting.mentorshipId;
  });
  revalidatePath(`/mentor/pairs/${mentorshipId}`);
  revalidatePath("/mentor");
  return { id: input.meetingId };
});
