"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { applyMentorStep, revalidateMentors } from "./mentor-writes";
import { nextMentorStatus } from "./selection-rules";
import { trainingEventSchema } from "./training-schema";

/**
 * Creates or edits a training event and marks who attended, in one transaction. Interviewed mentors who attended
 * become «Прошёл обучение»; an unticked mentor keeps a row with attended = false.
 */
export const saveTrainingEvent = defineAction(
  { schema: trainingEventSchema, permission: "mentor-base:edit" },
  async (input, viewer) => {
    const schoolId = viewer.schoolId;
    const attendedIds = [...new Set(input.attendedMentorIds)];
    const event = await db.$transaction(async (tx) => {
      const attendees = await tx.mentorProfile.findMany({
        where: { schoolId, id: { in: attendedIds } },
        select: { id: true, status: true },
      });
      if (attendees.length !== attendedIds.length) {
        throw new AppError("INVALID", "Проверьте поля формы.", {
          attendedMentorIds: ["Отмечайте только наставников этой школы"],
        });
      }
      const data = { title: input.title, heldOn: parseCalendarDate(input.heldOn), description: input.description || null };
      let eventId = input.eventId;
      if (eventId) {
        const updated = await tx.trainingEvent.updateMany({ where: { id: eventId, schoolId }, data });
        if (updated.count === 0) throw new AppError("NOT_FOUND");
        await tx.trainingAttendance.updateMany({
          where: { schoolId, eventId, mentorId: { notIn: attendedIds } },
          data: { attended: false },
        });
        await tx.trainingAttendance.updateMany({
          where: { schoolId, eventId, mentorId: { in: attendedIds } },
          data: { attended: true },
        });
        const existing = await tx.trainingAttendance.findMany({ where: { schoolId, eventId }, select: { mentorId: true } });
        const marked = new Set(existing.map((row) => row.mentorId));
        await tx.trainingAttendance.createMany({
          data: attendedIds.filter((id) => !marked.has(id)).map((mentorId) => ({ schoolId, eventId, mentorId, attended: true })),
        });
      } else {
        ({ id: eventId } = await tx.trainingEvent.create({
          data: {
            schoolId,
            ...data,
            attendance: { create: attendedIds.map((mentorId) => ({ schoolId, mentorId, attended: true })) },
          },
          select: { id: true },
        }));
      }
      await recordAudit(tx, viewer, {
        action: input.eventId ? "training.update" : "training.create",
        entityType: "TrainingEvent",
        entityId: eventId,
        details: { title: data.title, heldOn: input.heldOn, attendedMentorIds: attendedIds },
      });
      for (const mentor of attendees.filter((m) => m.status === "INTERVIEWED")) {
        await applyMentorStep(
          tx,
          viewer,
          mentor,
          nextMentorStatus(mentor.status, { type: "COMPLETE_TRAINING", attendedEvents: 1 }),
          {
            details: { eventId },
          },
        );
      }
      return { id: eventId };
    });
    revalidatePath("/curator/mentors/trainings");
    revalidateMentors();
    return event;
  },
);
