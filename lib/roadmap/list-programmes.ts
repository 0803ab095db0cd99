import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's programmes, newest year first: last years' stay readable. */
export async function listProgrammes(viewer: Viewer) {
  assertCan(viewer, "roadmap:read");
  return db.programme.findMany({
    where: { schoolId: viewer.schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true, startYear: true, currentStage: true },
  });
}

/** The templates a new programme can start from. */
export async function listRoadmapTemplates(viewer: Viewer) {
  assertCan(viewer, "programme:start");
  return db.roadmapTemplate.findMany({
    where: { schoolId: viewer.schoolId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, name: true, updatedAt: true },
  });
}
