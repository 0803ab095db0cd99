import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { isDueSoon, isOverdue } from "@/lib/roadmap/stage-progress";

/** «Просрочено» in red, «Срок в ближайшие 7 дней» in amber, nothing otherwise. */
export function DeadlineBadge({ item, today }: { item: { status: ItemStatus; dueOn: Date | null }; today: Date }) {
  if (isOverdue(item, today)) return <span className="rounded bg-red-100 px-2 py-0.5 font-medium text-red-800">Просрочено</span>;
  if (isDueSoon(item, today))
    return <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">Срок в ближайшие 7 дней</span>;
  return null;
}
