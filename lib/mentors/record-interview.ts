"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { INTERVIEWER_ROLES } from "./list-interviewers";
import { applyMentorStep, findSchoolMentor, revalidateMentors } from "./mentor-writes";
import { interviewSchema } from "./selection-schemas";
import { nextMentorStatus } from "./selection-rules";
import { workingHere } from "@/lib/accounts/working-here";

/** Records an interview with a mentor; a candidate becomes «Прошёл собеседование». */
export const recordInterview = defineAction(
  { schema: interviewSchema, permission: "mentor-base:edit" },
  async (input, viewer) => {
    const status = await db.$transaction(async (tx) => {
      const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
      const result = nextMentorStatus(mentor.status, { type: "INTERVIEW" });
      if (!result.ok) throw new AppError("INVALID", result.reason);
      const interviewer = await tx.user.findFirst({
        where: { id: input.interviewerId, ...workingHere(viewer.schoolId, INTERVIEWER_ROLES) },
        select: { id: true },
      });
      if (!interviewer) {
        throw new AppError("INVALID", "Проверьте поля формы.", { interviewerId: ["Выберите сотрудника этой школы"] });
      }
      const interview = await tx.mentorInterview.create({
        data: {
          schoolId: viewer.schoolId,
          mentorId: mentor.id,
          heldOn: parseCalendarDate(input.heldOn),
          interviewerId: interviewer.id,
          notes: input.notes || null,
          recommendation: input.recommendation,
        },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "mentor.interview",
        entityType: "MentorProfile",
        entityId: mentor.id,
        details: { interviewId: interview.id, heldOn: input.heldOn, recommendation: input.recommendation },
      });
      return applyMentorStep(tx, viewer, mentor, result);
    });
    revalidateMentors(input.mentorId);
    return { status };
  },
);
