import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The yearly work plan of a programme, in its order. */
export async function getWorkPlan(viewer: Viewer, programme: { id: string }) {
  assertCan(viewer, "programme-document:read");
  return db.workPlanItem.findMany({
    where: { schoolId: viewer.schoolId, programmeId: programme.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, title: true, deadlineLabel: true, responsibleLabel: true, status: true, result: true },
  });
}
