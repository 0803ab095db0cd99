import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's staff who can join the working group. */
export async function listTeamCandidates(viewer: Viewer) {
  assertCan(viewer, "programme-document:edit");
  return db.person.findMany({
    where: { schoolId: viewer.schoolId, anonymisedAt: null, staff: { is: { leftAt: null } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true, staff: { select: { position: true } } },
  });
}
