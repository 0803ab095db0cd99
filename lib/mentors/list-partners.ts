import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's partner organisations with how many mentors each gives. */
export async function listPartners(viewer: Viewer) {
  assertCan(viewer, "mentor-base:read");
  return db.partnerOrganisation.findMany({
    where: { schoolId: viewer.schoolId },
    select: { id: true, name: true, contact: true, agreement: true, _count: { select: { mentors: true } } },
    orderBy: { name: "asc" },
  });
}
