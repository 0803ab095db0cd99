import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** People responsible for at least one item of the programme: the choices of the «responsible» filter. */
export async function listResponsibles(viewer: Viewer, programmeId: string) {
  assertCan(viewer, "roadmap:read");
  return db.user.findMany({
    where: { roadmapItems: { some: { programmeId, schoolId: viewer.schoolId } } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
}
