"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { certificateState } from "./certificate-rule";
import { applyMentorStep, findSchoolMentor, revalidateMentors } from "./mentor-writes";
import { declineSchema, mentorStepSchema } from "./selection-schemas";
import { nextMentorStatus } from "./selection-rules";

const edit = { permission: "mentor-base:edit" } as const;

/** «Отметить обученным»: an interviewed mentor who attended at least one training event. */
export const completeTraining = defineAction({ ...edit, schema: mentorStepSchema }, async (input, viewer) => {
  const status = await db.$transaction(async (tx) => {
    const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
    const attendedEvents = await tx.trainingAttendance.count({
      where: { schoolId: viewer.schoolId, mentorId: mentor.id, attended: true },
    });
    return applyMentorStep(tx, viewer, mentor, nextMentorStatus(mentor.status, { type: "COMPLETE_TRAINING", attendedEvents }));
  });
  revalidateMentors(input.mentorId);
  return { status };
});

/** «Отметить готовым»: refused while a mentor who needs a certificate of no criminal record has no valid one. */
export const markMentorReady = defineAction({ ...edit, schema: mentorStepSchema }, async (input, viewer) => {
  const status = await db.$transaction(async (tx) => {
    const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
    const school = await tx.school.findUniqueOrThrow({
      where: { id: viewer.schoolId },
      select: { certificateMaxAgeMonths: true },
    });
    const certificate = certificateState(mentor, school.certificateMaxAgeMonths, todayCalendarDate(viewer.timeZone));
    return applyMentorStep(tx, viewer, mentor, nextMentorStatus(mentor.status, { type: "MARK_READY", certificate }), {
      details: { certificate: certificate.kind },
    });
  });
  revalidateMentors(input.mentorId);
  return { status };
});

/** «Отклонить» with a reason, from any state. */
export const declineMentor = defineAction({ ...edit, schema: declineSchema }, async (input, viewer) => {
  const status = await db.$transaction(async (tx) => {
    const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
    return applyMentorStep(tx, viewer, mentor, nextMentorStatus(mentor.status, { type: "DECLINE", reason: input.reason }), {
      declineReason: input.reason,
      details: { reason: input.reason },
    });
  });
  revalidateMentors(input.mentorId);
  return { status };
});

/** «Вернуть в кандидаты»: a declined mentor starts the selection again. */
export const restoreMentor = defineAction({ ...edit, schema: mentorStepSchema }, async (input, viewer) => {
  const status = await db.$transaction(async (tx) => {
    const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
    return applyMentorStep(tx, viewer, mentor, nextMentorStatus(mentor.status, { type: "RESTORE" }), { declineReason: null });
  });
  revalidateMentors(input.mentorId);
  return { status };
});
