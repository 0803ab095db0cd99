import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

export const lastAdminMessage = "Это последний действующий администратор школы: сначала назначьте администратором кого-то ещё.";

/**
 * Refuses a change that would leave the school without a working admin. The school's admin rows are locked first,
 * so two admins switching each other off at the same moment cannot both pass the check.
 */
export async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, schoolId: string, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Membership" WHERE "schoolId" = ${schoolId} AND "role" = 'ADMIN' FOR UPDATE`;
  const others = await tx.membership.count({
    where: { schoolId, role: "ADMIN", deactivatedAt: null, userId: { not: userId }, user: { isActive: true } },
  });
  if (others === 0) throw new AppError("CONFLICT", lastAdminMessage);
}
