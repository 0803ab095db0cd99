"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { calendarDateValue } from "@/lib/format/date";
import { decisionSchema } from "./plan-schema";
import { goalsAsData, writePlanGoals } from "./write-plan-goals";

/**
 * The pair's mentor accepts or declines a mentee's (or a parent's) proposal. Accepted, it becomes a task of its goal (or a new goal) in a
 * new version of the plan; declined, the plan stays. A proposal is decided once (a second decision is a CONFLICT).
 */
export const decidePlanProposal = defineAction({ schema: decisionSchema, permission: "plan:decide" }, async (input, viewer) => {
  const proposal = await db.planProposal.findFirst({
    where: { id: input.proposalId, schoolId: viewer.schoolId, plan: { mentorship: ownMentorships(viewer) } },
    select: {
      id: true,
      goalId: true,
      title: true,
      dueOn: true,
      byParent: true,
      plan: {
        select: {
          id: true,
          schoolId: true,
          mentorshipId: true,
          version: true,
          goals: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              requestId: true,
              parameter: true,
              targetValue: true,
              tasks: { orderBy: { position: "asc" }, select: { id: true, title: true, dueOn: true, status: true } },
            },
          },
        },
      },
    },
  });
  if (!proposal) throw new AppError("NOT_FOUND");
  const { plan } = proposal;
  await db.$transaction(async (tx) => {
    const decided = await tx.planProposal.updateMany({
      where: { id: proposal.id, schoolId: viewer.schoolId, status: "PENDING" },
      data: {
        status: input.accept ? "ACCEPTED" : "DECLINED",
        decidedById: viewer.userId,
        decidedAt: new Date(),
        decisionComment: input.comment || null,
      },
    });
    if (decided.count === 0) throw new AppError("CONFLICT", "По этому предложению уже принято решение.");
    if (input.accept) {
      const goals = goalsAsData(plan.goals);
      const task = {
        id: null,
        title: proposal.title,
        dueOn: proposal.dueOn ? calendarDateValue(proposal.dueOn) : null,
        status: "OPEN" as const,
      };
      // Goals keep their ids across saves, so a task proposal finds its goal; a new goal keeps its due date as its task.
      const at = plan.goals.findIndex((g) => g.id === proposal.goalId);
      if (at >= 0) goals[at].tasks.push(task);
      else {
        goals.push({
          id: null,
          title: proposal.title,
          requestId: null,
          parameter: null,
          targetValue: null,
          tasks: task.dueOn ? [task] : [],
        });
      }
      const bumped = await tx.individualPlan.updateMany({
        where: { id: plan.id, schoolId: viewer.schoolId, version: plan.version },
        data: { version: plan.version + 1, updatedById: viewer.userId },
      });
      if (bumped.count === 0) throw new AppError("CONFLICT", "План уже изменили. Обновите страницу.");
      await writePlanGoals(tx, plan, goals, {
        number: plan.version + 1,
        note: `Принято предложение ${proposal.byParent ? "родителя" : "наставляемого"}: «${proposal.title}»`,
        userId: viewer.userId,
      });
    }
    await recordAudit(tx, viewer, {
      action: input.accept ? "plan.proposal.accept" : "plan.proposal.decline",
      entityType: "PlanProposal",
      entityId: proposal.id,
    });
  });
  revalidatePath(`/mentor/pairs/${plan.mentorshipId}/plan`);
  revalidatePath(`/plans/${plan.mentorshipId}`);
  revalidatePath("/mentee");
  return { id: proposal.id };
});
