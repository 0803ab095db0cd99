import type { PrismaClient } from "@/lib/generated/prisma/client";
import { workingHere } from "@/lib/accounts/working-here";
import { formatDate } from "@/lib/format/date";
import { notify, type NotificationEvent } from "@/lib/notifications/notify";
import { schoolYearStart } from "@/lib/roadmap/schedule";
import { addDays, dayKey, type SchoolDay } from "./scan-context";

/**
 * Open items of this school year's programme that are due within 7 days or overdue: their responsible and
 * co-responsible people are told once per item and deadline (a moved deadline is told again).
 */
export async function scanRoadmapDeadlines(db: PrismaClient, day: SchoolDay): Promise<number> {
  const people = { where: workingHere(day.schoolId), select: { id: true } };
  const items = await db.roadmapItem.findMany({
    where: {
      schoolId: day.schoolId,
      status: { in: ["PLANNED", "IN_PROGRESS"] },
      dueOn: { lte: addDays(day.today, 7) },
      programme: { startYear: schoolYearStart(day.today) },
    },
    select: {
      id: true,
      code: true,
      title: true,
      dueOn: true,
      responsible: people,
      coResponsibles: { where: { user: workingHere(day.schoolId) }, select: { userId: true } },
    },
  });
  const recipients = { ROADMAP_ITEM_DUE_SOON: [] as Recipient[], ROADMAP_ITEM_OVERDUE: [] as Recipient[] };
  for (const item of items) {
    if (!item.dueOn) continue;
    const overdue = item.dueOn < day.today;
    const userIds = new Set([...(item.responsible ? [item.responsible.id] : []), ...item.coResponsibles.map((c) => c.userId)]);
    const title = overdue
      ? `Просрочен пункт ${item.code} «${item.title}»: срок был ${formatDate(item.dueOn)}`
      : `Подходит срок пункта ${item.code} «${item.title}»: ${formatDate(item.dueOn)}`;
    const dedupeKey = `roadmap-${overdue ? "overdue" : "due"}:${item.id}:${dayKey(item.dueOn)}`;
    for (const userId of userIds) {
      recipients[overdue ? "ROADMAP_ITEM_OVERDUE" : "ROADMAP_ITEM_DUE_SOON"].push({
        userId,
        title,
        href: `/roadmap/items/${item.id}`,
        dedupeKey,
      });
    }
  }
  // One statement per kind, however many items: the keys make a rerun insert nothing.
  const created = await db.$transaction(async (tx) => [
    ...(await notify(tx, {
      kind: "ROADMAP_ITEM_DUE_SOON",
      schoolId: day.schoolId,
      dedupeKey: "roadmap-due",
      recipients: recipients.ROADMAP_ITEM_DUE_SOON,
    })),
    ...(await notify(tx, {
      kind: "ROADMAP_ITEM_OVERDUE",
      schoolId: day.schoolId,
      dedupeKey: "roadmap-overdue",
      recipients: recipients.ROADMAP_ITEM_OVERDUE,
    })),
  ]);
  return created.length;
}

type Recipient = NotificationEvent["recipients"][number];
