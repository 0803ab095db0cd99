import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Where the programme's draft is: its forming pairs not yet in an order. */
export function orderDraftWhere(schoolId: string, programmeId: string): Prisma.MentorshipWhereInput {
  return { schoolId, programmeId, status: "FORMING", orderId: null };
}

/**
 * Orders of one programme are sent and decided one at a time: the transaction waits here until any other on the
 * same programme has committed, so what it reads next is what the other one wrote.
 */
export async function lockProgrammeOrders(tx: Prisma.TransactionClient, programmeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pair-order:${programmeId}`}))`;
}

/** The viewer's school's order, locked for a decision; refused when another decision came first. */
export async function takePendingOrder(tx: Prisma.TransactionClient, schoolId: string, orderId: string) {
  const found = await tx.pairOrder.findFirst({ where: { id: orderId, schoolId }, select: { programmeId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  await lockProgrammeOrders(tx, found.programmeId);
  const order = await tx.pairOrder.findFirstOrThrow({
    where: { id: orderId, schoolId },
    select: { id: true, status: true, programmeId: true, programme: { select: { startYear: true } } },
  });
  if (order.status !== "PENDING") throw new AppError("CONFLICT", "Приказ уже рассмотрен: обновите страницу.");
  return order;
}
