import "server-only";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";
import { stageProgress } from "./stage-progress";

/** The school's latest programme with its stages and items: a fixed number of queries whatever the item count. */
export async function getRoadmap(viewer: Viewer) {
  assertCan(viewer, "roadmap:read");
  const programme = await db.programme.findFirst({
    where: { schoolId: viewer.schoolId },
    orderBy: { startYear: "desc" },
    include: {
      transitions: { orderBy: { createdAt: "asc" }, include: { user: { select: { displayName: true } } } },
      stages: {
        orderBy: { position: "asc" },
        include: {
          items: {
            orderBy: { position: "asc" },
            include: { responsible: { select: { displayName: true } } },
          },
        },
      },
    },
  });
  if (!programme) return null;
  return {
    ...programme,
    stages: programme.stages.map((stage) => ({ ...stage, progress: stageProgress(stage.items) })),
  };
}

export type Roadmap = NonNullable<Awaited<ReturnType<typeof getRoadmap>>>;
