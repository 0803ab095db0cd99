import type { ItemStatus } from "@/lib/generated/prisma/enums";

/** Items that need nothing more. */
export const closedStatuses: ItemStatus[] = ["DONE", "CANCELLED"];

/** An item still to be done: neither done nor cancelled. */
export function isOpenItem(item: { status: ItemStatus }): boolean {
  return !closedStatuses.includes(item.status);
}

/**
 * The order of «Мои пункты»: open items first, then by deadline (items without one last), then by stage and place.
 * Returns a new array.
 */
export function orderMyItems<T extends { status: ItemStatus; dueOn: Date | null; stagePosition: number; position: number }>(
  items: T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(!isOpenItem(a)) - Number(!isOpenItem(b)) ||
      (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity) ||
      a.stagePosition - b.stagePosition ||
      a.position - b.position,
  );
}
