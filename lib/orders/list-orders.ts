import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's orders fixing pairs, newest first, with how many pairs each holds: one query, no names. */
export async function listOrders(viewer: Viewer, filter: { status?: "PENDING" } = {}) {
  assertCan(viewer, "order:read");
  return db.pairOrder.findMany({
    where: { schoolId: viewer.schoolId, status: filter.status },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      kind: true,
      status: true,
      number: true,
      signedOn: true,
      submittedAt: true,
      decidedAt: true,
      returnComment: true,
      programme: { select: { title: true, startYear: true } },
      _count: { select: { mentorships: true } },
    },
  });
}
