"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { checkMeeting } from "./check-meeting";
import { meetingSchema } from "./meeting-schema";

export const logMeeting = defineAction({ schema: meetingSchema, permission: "meeting:log" }, async (input, viewer) => {
  const { mentorshipId, menteeIds, heldOn, present } = await checkMeeting(db, viewer, input);
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
    await recordAudit(tx, viewer, { action: "meeting.create", entityType: "Meeting", entityId: created.id });
    return created;
  });
  revalidatePath(`/mentor/pairs/${mentorshipId}`);
  revalidatePath("/mentor");
  return meeting;
});
