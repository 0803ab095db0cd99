import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orderSummarySelect } from "./order-summary-select";
import { assertCan } from "@/lib/permissions";

/** The school's orders fixing pairs, newest first, with how many pairs each holds: one query, no names. */
export async function listOrders(viewer: Viewer, filter: { status?: "PENDING" } = {}) {
  assertCan(viewer, "order:read");
  return db.pairOrder.findMany({
    where: { schoolId: viewer.schoolId, status: filter.status },
    orderBy: { submittedAt: "desc" },
    select: {
      ...orderSummarySelect,
      _count: { select: { mentorships: true } },
    },
  });
}
