import "server-only";
import { todayCalendarDate } from "@/lib/format/date";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { closedStatuses } from "./order-my-items";
import { schoolYearStart } from "./schedule";

/** Open roadmap items of this school year that the viewer is responsible for, soonest first. */
export async function listMyItems(viewer: Viewer) {
  if (!can(viewer, "roadmap:update-own")) return [];
  return db.roadmapItem.findMany({
    where: {
      schoolId: viewer.schoolId,
      responsibleId: viewer.userId,
      status: { notIn: closedStatuses },
      programme: { startYear: schoolYearStart(todayCalendarDate(viewer.timeZone)) },
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { position: "asc" }],
    take: 50,
    select: { id: true, code: true, title: true, deadlineLabel: true, dueOn: true, status: true },
  });
}
