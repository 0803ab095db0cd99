import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanTaskStatus } from "@/lib/generated/prisma/enums";
import { calendarDateValue, parseCalendarDate } from "@/lib/format/date";

export interface PlanTaskData {
  /** The saved task's id, or null for a new one. */
  id: string | null;
  title: string;
  dueOn: string | null;
  status: PlanTaskStatus;
}

export interface PlanGoalData {
  /** The saved goal's id, or null for a new one. */
  id: string | null;
  title: string;
  requestId: string | null;
  parameter: string | null;
  targetValue: number | null;
  tasks: PlanTaskData[];
}

type Tx = Prisma.TransactionClient;

/**
 * Makes a plan's goals and tasks `goals` and keeps that state as the plan's version `version` (the snapshot is what the
 * versions list shows). Goals and tasks keep their ids: a saved one is updated where it changed, a new one created, a
 * removed one deleted, so a proposal made under a goal stays linked to it. An id that is not this plan's (goal) or this
 * goal's (task) counts as new. Inside the caller's transaction.
 */
export async function writePlanGoals(
  tx: Tx,
  plan: { id: string; schoolId: string },
  goals: PlanGoalData[],
  version: { number: number; note: string; userId: string },
) {
  const saved = await tx.planGoal.findMany({
    where: { planId: plan.id, schoolId: plan.schoolId },
    select: {
      id: true,
      position: true,
      title: true,
      requestId: true,
      parameter: true,
      targetValue: true,
      tasks: { select: { id: true, position: true, title: true, dueOn: true, status: true } },
    },
  });
  const savedGoals = new Map(saved.map((g) => [g.id, g]));
  const keptGoals = new Set(goals.flatMap((g) => (g.id && savedGoals.has(g.id) ? [g.id] : [])));
  await tx.planGoal.deleteMany({
    where: { planId: plan.id, schoolId: plan.schoolId, id: { notIn: [...keptGoals] } },
  });
  for (const [position, goal] of goals.entries()) {
    const fields = {
      position,
      title: goal.title,
      requestId: goal.requestId,
      parameter: goal.parameter,
      targetValue: goal.targetValue,
    };
    const before = goal.id ? savedGoals.get(goal.id) : undefined;
    let goalId: string;
    if (before) {
      goalId = before.id;
      if (changed(before, fields)) {
        await tx.planGoal.update({ where: { id: before.id, planId: plan.id, schoolId: plan.schoolId }, data: fields });
      }
    } else {
      const created = await tx.planGoal.create({
        data: { schoolId: plan.schoolId, planId: plan.id, ...fields },
        select: { id: true },
      });
      goalId = created.id;
    }
    await writeGoalTasks(tx, plan.schoolId, goalId, before?.tasks ?? [], goal.tasks);
  }
  await tx.planVersion.create({
    data: {
      schoolId: plan.schoolId,
      planId: plan.id,
      version: version.number,
      snapshot: { goals: goals.map(withoutIds) } as unknown as Prisma.InputJsonValue,
      note: version.note,
      createdById: version.userId,
    },
  });
}

async function writeGoalTasks(
  tx: Tx,
  schoolId: string,
  goalId: string,
  saved: { id: string; position: number; title: string; dueOn: Date | null; status: PlanTaskStatus }[],
  tasks: PlanTaskData[],
) {
  const savedTasks = new Map(saved.map((t) => [t.id, t]));
  const kept = new Set(tasks.flatMap((t) => (t.id && savedTasks.has(t.id) ? [t.id] : [])));
  if (saved.some((t) => !kept.has(t.id))) {
    await tx.planTask.deleteMany({ where: { goalId, schoolId, id: { notIn: [...kept] } } });
  }
  const fresh: Prisma.PlanTaskCreateManyInput[] = [];
  for (const [position, task] of tasks.entries()) {
    const before = task.id ? savedTasks.get(task.id) : undefined;
    const dueOn = task.dueOn ? parseCalendarDate(task.dueOn) : null;
    if (!before) {
      fresh.push({ schoolId, goalId, position, title: task.title, dueOn, status: task.status });
    } else if (
      before.position !== position ||
      before.title !== task.title ||
      before.status !== task.status ||
      (before.dueOn?.getTime() ?? null) !== (dueOn?.getTime() ?? null)
    ) {
      await tx.planTask.update({
        where: { id: before.id, goalId, schoolId },
        data: { position, title: task.title, dueOn, status: task.status },
      });
    }
  }
  if (fresh.length) await tx.planTask.createMany({ data: fresh });
}

function changed(
  before: { position: number; title: string; requestId: string | null; parameter: string | null; targetValue: number | null },
  after: typeof before,
) {
  return (
    before.position !== after.position ||
    before.title !== after.title ||
    before.requestId !== after.requestId ||
    before.parameter !== after.parameter ||
    before.targetValue !== after.targetValue
  );
}

/** The version's snapshot keeps what the plan said, not its rows' ids. */
function withoutIds({ id: _id, tasks, ...goal }: PlanGoalData) {
  return { ...goal, tasks: tasks.map(({ id: _taskId, ...task }) => task) };
}

/** A plan's goals as loaded, in the shape writePlanGoals takes (to add an accepted proposal to them). */
export function goalsAsData(
  goals: {
    id: string;
    title: string;
    requestId: string | null;
    parameter: string | null;
    targetValue: number | null;
    tasks: { id: string; title: string; dueOn: Date | null; status: PlanTaskStatus }[];
  }[],
): PlanGoalData[] {
  return goals.map((g) => ({
    id: g.id,
    title: g.title,
    requestId: g.requestId,
    parameter: g.parameter,
    targetValue: g.targetValue,
    tasks: g.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn ? calendarDateValue(t.dueOn) : null,
      status: t.status,
    })),
  }));
}
