"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { mentorshipsAsMentee } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { proposalSchema } from "./plan-schema";

/**
 * The mentee proposes a change to their plan (the pair's, the group's, or their own in a group): a new task under one of
 * its goals, or a new goal. The mentor is notified and accepts or declines it.
 */
export const proposePlanChange = defineAction({ schema: proposalSchema, permission: "plan:propose" }, async (input, viewer) => {
  const plan = await db.individualPlan.findFirst({
    where: {
      id: input.planId,
      schoolId: viewer.schoolId,
      mentorship: { ...mentorshipsAsMentee(viewer), status: "ACTIVE" },
      OR: [{ menteeId: null }, { mentee: { person: { userId: viewer.userId } } }],
    },
    select: {
      id: true,
      mentorshipId: true,
      goals: { select: { id: true } },
      mentorship: {
        select: {
          mentor: { select: { person: { select: { userId: true } } } },
          mentees: { where: { leftOn: null, mentee: { person: { userId: viewer.userId } } }, select: { id: true } },
        },
      },
    },
  });
  // A pupil who left the pair no longer proposes changes to it.
  if (!plan || plan.mentorship.mentees.length === 0) throw new AppError("NOT_FOUND");
  if (input.goalId && !plan.goals.some((g) => g.id === input.goalId)) {
    throw new AppError("INVALID", "Проверьте поля формы.", { goalId: ["Выберите цель из плана"] });
  }
  const mentorUserId = plan.mentorship.mentor.person.userId;
  const proposal = await db.$transaction(async (tx) => {
    const created = await tx.planProposal.create({
      data: {
        schoolId: viewer.schoolId,
        planId: plan.id,
        goalId: input.goalId || null,
        title: input.title,
        dueOn: input.dueOn ? parseCalendarDate(input.dueOn) : null,
        comment: input.comment || null,
        proposedById: viewer.userId,
      },
      select: { id: true },
    });
    if (mentorUserId) {
      await notify(tx, {
        kind: "PLAN_CHANGE_PROPOSED",
        schoolId: viewer.schoolId,
        dedupeKey: `plan-proposal:${created.id}`,
        recipients: [
          {
            userId: mentorUserId,
            title: `Наставляемый предлагает изменение плана: «${input.title}»`,
            href: `/mentor/pairs/${plan.mentorshipId}/plan`,
          },
        ],
      });
    }
    await recordAudit(tx, viewer, { action: "plan.propose", entityType: "PlanProposal", entityId: created.id });
    return created;
  });
  revalidatePath("/mentee");
  revalidatePath(`/plans/${plan.mentorshipId}`);
  return proposal;
});
