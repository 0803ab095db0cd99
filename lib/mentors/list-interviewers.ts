import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";

/** Who may hold an interview with a future mentor: the school's administration and psychologist. */
export const INTERVIEWER_ROLES: Role[] = ["CURATOR", "DIRECTOR", "ADMIN", "PSYCHOLOGIST"];

export async function listInterviewers(viewer: Viewer) {
  assertCan(viewer, "mentor-base:edit");
  return db.user.findMany({
    where: { isActive: true, memberships: { some: { schoolId: viewer.schoolId, role: { in: INTERVIEWER_ROLES }, deactivatedAt: null } } },
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
}
