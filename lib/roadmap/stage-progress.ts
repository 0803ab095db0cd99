import type { ItemStatus } from "@/lib/generated/prisma/enums";

export interface StageProgress {
  done: number;
  total: number;
  percent: number;
}

/** Cancelled items are out of the count: a stage whose open items were cancelled is complete. */
export function stageProgress(items: { status: ItemStatus }[]): StageProgress {
  const counted = items.filter((item) => item.status !== "CANCELLED");
  const done = counted.filter((item) => item.status === "DONE").length;
  const total = counted.length;
  return { done, total, percent: total === 0 ? 100 : Math.round((done / total) * 100) };
}

export function isOverdue(item: { status: ItemStatus; dueOn: Date | null }, today: Date): boolean {
  return item.dueOn !== null && item.dueOn < today && (item.status === "PLANNED" || item.status === "IN_PROGRESS");
}

const WEEK = 7 * 24 * 3600 * 1000;

/** Open and due within the next seven days. */
export function isDueSoon(item: { status: ItemStatus; dueOn: Date | null }, today: Date): boolean {
  return (
    item.dueOn !== null &&
    item.dueOn >= today &&
    item.dueOn.getTime() - today.getTime() <= WEEK &&
    (item.status === "PLANNED" || item.status === "IN_PROGRESS")
  );
}
