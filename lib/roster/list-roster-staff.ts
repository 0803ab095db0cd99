import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { nameSearchWhere } from "@/lib/search/name-search";

export type StaffStatusFilter = "CURRENT" | "LEFT" | "ALL";

/** The school's staff (optionally those whose name matches `q`), by name; logs the read of everyone listed as «Список сотрудников». */
export async function listRosterStaff(viewer: Viewer, status: StaffStatusFilter, q = "") {
  assertCan(viewer, "roster:read");
  const staff = await db.staff.findMany({
    where: {
      schoolId: viewer.schoolId,
      ...(status === "CURRENT" ? { leftAt: null } : status === "LEFT" ? { leftAt: { not: null } } : {}),
      person: nameSearchWhere(q),
    },
    select: {
      id: true,
      position: true,
      experienceYears: true,
      leftAt: true,
      person: { select: { id: true, lastName: true, firstName: true, middleName: true, anonymisedAt: true } },
    },
  });
  staff.sort((a, b) => fullName(a.person).localeCompare(fullName(b.person), "ru"));
  await recordReads(
    viewer,
    staff.map((s) => s.person.id),
    "Список сотрудников",
  );
  return staff;
}
