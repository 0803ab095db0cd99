import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanTaskStatus } from "@/lib/generated/prisma/enums";
import { parseCalendarDate } from "@/lib/format/date";

export interface PlanGoalData {
  title: string;
  requestId: string | null;
  parameter: string | null;
  targetValue: number | null;
  tasks: { title: string; dueOn: string | null; status: PlanTaskStatus }[];
}

/**
 * Replaces a plan's goals and tasks with `goals` and keeps that state as the plan's version `version` (the snapshot is
 * what the versions list shows). Inside the caller's transaction; two statements for the goals, one for the tasks.
 */
export async function writePlanGoals(
  tx: Prisma.TransactionClient,
  plan: { id: string; schoolId: string },
  goals: PlanGoalData[],
  version: { number: number; note: string; userId: string },
) {
  await tx.planGoal.deleteMany({ where: { planId: plan.id, schoolId: plan.schoolId } });
  const created = await tx.planGoal.createManyAndReturn({
    data: goals.map((goal, position) => ({
      schoolId: plan.schoolId,
      planId: plan.id,
      position,
      title: goal.title,
      requestId: goal.requestId,
      parameter: goal.parameter,
      targetValue: goal.targetValue,
    })),
    select: { id: true, position: true },
  });
  const idAt = new Map(created.map((g) => [g.position, g.id]));
  await tx.planTask.createMany({
    data: goals.flatMap((goal, position) =>
      goal.tasks.map((task, taskPosition) => ({
        schoolId: plan.schoolId,
        goalId: idAt.get(position)!,
        position: taskPosition,
        title: task.title,
        dueOn: task.dueOn ? parseCalendarDate(task.dueOn) : null,
        status: task.status,
      })),
    ),
  });
  await tx.planVersion.create({
    data: {
      schoolId: plan.schoolId,
      planId: plan.id,
      version: version.number,
      snapshot: { goals } as unknown as Prisma.InputJsonValue,
      note: version.note,
      createdById: version.userId,
    },
  });
}

/** A plan's goals as loaded, in the shape writePlanGoals takes (to add an accepted proposal to them). */
export function goalsAsData(
  goals: {
    title: string;
    requestId: string | null;
    parameter: string | null;
    targetValue: number | null;
    tasks: { title: string; dueOn: Date | null; status: PlanTaskStatus }[];
  }[],
): PlanGoalData[] {
  return goals.map((g) => ({
    title: g.title,
    requestId: g.requestId,
    parameter: g.parameter,
    targetValue: g.targetValue,
    tasks: g.tasks.map((t) => ({ title: t.title, dueOn: t.dueOn?.toISOString().slice(0, 10) ?? null, status: t.status })),
  }));
}
