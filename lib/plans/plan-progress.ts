import type { PlanTaskStatus } from "@/lib/generated/prisma/enums";

/** Progress of a plan or a goal from its tasks: done among those not cancelled, in whole percent (null without tasks). */
export function planProgress(tasks: { status: PlanTaskStatus }[]): { done: number; total: number; percent: number | null } {
  const counted = tasks.filter((t) => t.status !== "CANCELLED");
  const done = counted.filter((t) => t.status === "DONE").length;
  return { done, total: counted.length, percent: counted.length ? Math.round((done / counted.length) * 100) : null };
}
