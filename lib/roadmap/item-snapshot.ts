import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemSnapshot } from "./item-changes";

/** What an item looks like to people, read inside the caller's transaction. */
export const snapshotSelect = {
  title: true,
  expectedResult: true,
  deadlineLabel: true,
  dueOn: true,
  status: true,
  resultNote: true,
  version: true,
  responsibleId: true,
  responsible: { select: { displayName: true } },
  coResponsibles: { select: { user: { select: { displayName: true } } } },
} as const satisfies Prisma.RoadmapItemSelect;

export function toSnapshot(item: Prisma.RoadmapItemGetPayload<{ select: typeof snapshotSelect }>): ItemSnapshot {
  return {
    title: item.title,
    expectedResult: item.expectedResult,
    deadlineLabel: item.deadlineLabel,
    dueOn: item.dueOn,
    responsibleName: item.responsible?.displayName ?? null,
    coResponsibleNames:
      item.coResponsibles
        .map((c) => c.user.displayName)
        .sort((a, b) => a.localeCompare(b, "ru"))
        .join(", ") || null,
    status: item.status,
    resultNote: item.resultNote,
  };
}
