import "server-only";
import { todayCalendarDate } from "@/lib/format/date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";
import { schoolYearStart } from "./schedule";
import { stageProgress } from "./stage-progress";

/**
 * A programme of the viewer's school with its stages, items and work plan — of `startYear`, or else of the current
 * school year, or else the latest — in a fixed number of queries whatever the item count.
 */
export async function getRoadmap(viewer: Viewer, startYear?: number, itemFilter: Prisma.RoadmapItemWhereInput = {}) {
  assertCan(viewer, "roadmap:read");
  const current = schoolYearStart(todayCalendarDate(viewer.timeZone));
  const programme = await db.programme.findFirst({
    where: { schoolId: viewer.schoolId, ...(startYear ? { startYear } : { startYear: { lte: current } }) },
    orderBy: { startYear: "desc" },
    include: {
      workPlan: { orderBy: { position: "asc" } },
      transitions: { orderBy: { createdAt: "asc" }, include: { user: { select: { displayName: true } } } },
      stages: {
        orderBy: { position: "asc" },
        include: {
          items: {
            where: itemFilter,
            orderBy: { position: "asc" },
            include: { responsible: { select: { displayName: true } } },
          },
        },
      },
    },
  });
  if (!programme) return null;
  // Progress counts every item of a stage, whatever the filters show.
  const counts = await db.roadmapItem.groupBy({
    by: ["stageId", "status"],
    where: { programmeId: programme.id, schoolId: viewer.schoolId },
    _count: { _all: true },
  });
  const statusesOf = (stageId: string) =>
    counts
      .filter((c) => c.stageId === stageId)
      .flatMap((c) => Array.from({ length: c._count._all }, () => ({ status: c.status })));
  return {
    ...programme,
    stages: programme.stages.map((stage) => ({ ...stage, progress: stageProgress(statusesOf(stage.id)) })),
  };
}

export type Roadmap = NonNullable<Awaited<ReturnType<typeof getRoadmap>>>;
