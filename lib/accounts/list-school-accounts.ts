import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { sortRoles } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { AccountFilter } from "./account-schema";
import { workingHere } from "./working-here";

export const ACCOUNTS_PAGE_SIZE = 50;

/**
 * One page of the accounts that hold a role in the viewer's school, searched by name or login and filtered by role
 * and by state here («active»: switched on in this school). Two queries for the rows (users, their memberships) and
 * one count, whatever the page size.
 */
export async function listSchoolAccounts(viewer: Viewer, filter: AccountFilter = {}) {
  assertCan(viewer, "account:manage");
  const schoolId = viewer.schoolId;
  const working = workingHere(schoolId);
  const where: Prisma.UserWhereInput = {
    memberships: { some: { schoolId, ...(filter.role ? { role: filter.role } : {}) } },
    AND: [
      filter.state === "active" ? working : filter.state === "off" ? { NOT: working } : {},
      filter.q
        ? { OR: [{ displayName: { contains: filter.q, mode: "insensitive" } }, { login: { contains: filter.q.toLowerCase() } }] }
        : {},
    ],
  };
  const page = filter.page ?? 1;
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      skip: (page - 1) * ACCOUNTS_PAGE_SIZE,
      take: ACCOUNTS_PAGE_SIZE,
      select: {
        id: true,
        login: true,
        displayName: true,
        isActive: true,
        memberships: { select: { schoolId: true, role: true, deactivatedAt: true } },
      },
    }),
  ]);
  const rows = users.map(({ memberships, ...user }) => {
    const here = memberships.filter((m) => m.schoolId === schoolId);
    return {
      ...user,
      isActive: user.isActive && here.some((m) => !m.deactivatedAt),
      roles: sortRoles(here.map((m) => m.role)),
      inOtherSchools: memberships.some((m) => m.schoolId !== schoolId),
    };
  });
  return { rows, total, page, pageSize: ACCOUNTS_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE)) };
}

export type SchoolAccount = Awaited<ReturnType<typeof listSchoolAccounts>>["rows"][number];
