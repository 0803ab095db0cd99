import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { sortRoles } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** Accounts that hold a role in the viewer's school, staff roles first. */
export async function listSchoolAccounts(viewer: Viewer) {
  assertCan(viewer, "account:manage");
  const users = await db.user.findMany({
    where: { memberships: { some: { schoolId: viewer.schoolId } } },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      login: true,
      displayName: true,
      isActive: true,
      memberships: { where: { schoolId: viewer.schoolId }, select: { role: true } },
    },
  });
  return users.map((u) => ({ ...u, roles: sortRoles(u.memberships.map((m) => m.role)) }));
}
