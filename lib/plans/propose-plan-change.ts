"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { proposalSchema } from "./plan-schema";
import { planProposer } from "./plan-proposer";

/**
 * The mentee proposes a change to their plan (the pair's, the group's, or their own in a group): a new task under one of
 * its goals, or a new goal; a parent proposes it for their child under 14 (lib/plans/plan-proposer.ts), and the mentor
 * reads it as the parent's. The mentor is notified and accepts or declines it.
 */
export const proposePlanChange = defineAction({ schema: proposalSchema, permission: "plan:propose" }, async (input, viewer) => {
  // The viewer's own person, or their child: present in a working pair of this school.
  const ownOrChild = {
    schoolId: viewer.schoolId,
    OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }],
  };
  const plan = await db.individualPlan.findFirst({
    where: {
      id: input.planId,
      schoolId: viewer.schoolId,
      mentorship: {
        schoolId: viewer.schoolId,
        status: "ACTIVE",
        mentees: { some: { leftOn: null, mentee: { person: ownOrChild } } },
      },
      OR: [{ menteeId: null }, { mentee: { person: ownOrChild } }],
    },
    select: {
      id: true,
      menteeId: true,
      mentorshipId: true,
      goals: { select: { id: true } },
      mentorship: {
        select: {
          mentor: { select: { person: { select: { userId: true } } } },
          // A pupil who left the pair no longer proposes changes to it, nor does their parent.
          mentees: {
            where: { leftOn: null, mentee: { person: ownOrChild } },
            select: {
              menteeId: true,
              mentee: {
                select: {
                  person: {
                    select: {
                      userId: true,
                      firstName: true,
                      birthDate: true,
                      parents: { select: { parent: { select: { userId: true } } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND");
  const proposer = planProposer(
    viewer,
    plan.mentorship.mentees.map(({ menteeId, mentee: { person } }) => ({
      menteeId,
      userId: person.userId,
      firstName: person.firstName,
      birthDate: person.birthDate,
      parentUserIds: person.parents.map((p) => p.parent.userId),
    })),
    plan.menteeId,
    new Date(),
  );
  if (!proposer) {
    throw new AppError("FORBIDDEN", "Изменения плана предлагает сам наставляемый; за ребёнка младше 14 лет — родитель.");
  }
  if (input.goalId && !plan.goals.some((g) => g.id === input.goalId)) {
    throw new AppError("INVALID", "Проверьте поля формы.", { goalId: ["Выберите цель из плана"] });
  }
  const mentorUserId = plan.mentorship.mentor.person.userId;
  const who = proposer.byParent ? `Родитель (${proposer.firstName})` : "Наставляемый";
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
        byParent: proposer.byParent,
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
            title: `${who} предлагает изменение плана: «${input.title}»`,
            href: `/mentor/pairs/${plan.mentorshipId}/plan`,
          },
        ],
      });
    }
    await recordAudit(tx, viewer, {
      action: "plan.propose",
      entityType: "PlanProposal",
      entityId: created.id,
      details: { byParent: proposer.byParent, menteeId: proposer.menteeId },
    });
    return created;
  });
  revalidatePath("/mentee");
  revalidatePath("/parent");
  revalidatePath(`/plans/${plan.mentorshipId}`);
  return proposal;
});
