import "server-only";
import { countOrderPairs } from "./count-order-pairs";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** What every view of an order shows about it: its kind, state, number and date, the decision, the programme. */
export const ORDER_SUMMARY = {
  id: true,
  kind: true,
  status: true,
  number: true,
  signedOn: true,
  submittedAt: true,
  decidedAt: true,
  returnComment: true,
  programme: { select: { title: true, startYear: true } },
} as const;

/** The school's orders fixing pairs, newest first, with how many pairs each holds: two queries, no names. */
export async function listOrders(viewer: Viewer, filter: { status?: "PENDING" } = {}) {
  assertCan(viewer, "order:read");
  const orders = await db.pairOrder.findMany({
    where: { schoolId: viewer.schoolId, status: filter.status },
    orderBy: { submittedAt: "desc" },
    select: ORDER_SUMMARY,
  });
  const pairs = await countOrderPairs(orders.map((order) => order.id));
  return orders.map((order) => ({ ...order, _count: { mentorships: pairs.get(order.id) ?? 0 } }));
}
