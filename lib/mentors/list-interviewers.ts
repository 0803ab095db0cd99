import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";
import { workingHere } from "@/lib/accounts/working-here";

/** Who may hold an interview with a future mentor: the school's administration and psychologist. */
export const INTERVIEWER_ROLES: Role[] = ["CURATOR", "DIRECTOR", "ADMIN", "PSYCHOLOGIST"];

export async function listInterviewers(viewer: Viewer) {
  assertCan(viewer, "mentor-base:edit");
  return db.user.findMany({
    where: workingHere(viewer.schoolId, INTERVIEWER_ROLES),
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
}
