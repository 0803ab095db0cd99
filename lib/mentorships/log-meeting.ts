"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { meetingSchema } from "./meeting-schema";

export const logMeeting = defineAction({ schema: meetingSchema, permission: "meeting:log" }, async (input, viewer) => {
  const mentorship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, ...ownMentorships(viewer) },
    select: { id: true, status: true, mentees: { where: { leftOn: null }, select: { menteeId: true } } },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  if (mentorship.status !== "ACTIVE") {
    throw new AppError("INVALID", "Встречи записываются только для работающих пар и групп.");
  }
  const menteeIds = mentorship.mentees.map((m) => m.menteeId);
  if (input.attendeeIds.some((id) => !menteeIds.includes(id))) {
    throw new AppError("INVALID", "Проверьте поля формы.", { attendeeIds: ["Отметьте только участников этой пары или группы"] });
  }
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.meeting.create({
      data: {
        schoolId: viewer.schoolId,
        mentorshipId: mentorship.id,
        type: input.type,
        heldOn: parseCalendarDate(input.heldOn),
        durationMinutes: input.durationMinutes,
        topic: input.topic,
        summary: input.summary || null,
        createdById: viewer.userId,
        attendance: {
          create: menteeIds.map((menteeId) => ({
            schoolId: viewer.schoolId,
            menteeId,
            attended: input.attendeeIds.includes(menteeId),
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, viewer, { action: "meeting.create", entityType: "Meeting", entityId: created.id });
    return created;
  });
  revalidatePath(`/mentor/pairs/${mentorship.id}`);
  revalidatePath("/mentor");
  return meeting;
});
