import "server-only";
import { db } from "@/lib/db/client";

/** Pairs and groups each order fixes, for these orders only (the orderId index), not Prisma's whole-table `_count`. */
export async function countOrderPairs(orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db.mentorship.groupBy({ by: ["orderId"], where: { orderId: { in: orderIds } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.orderId!, row._count._all]));
}
