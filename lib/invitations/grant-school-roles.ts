import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const switchedOffHere =
  "Ваш аккаунт отключён в этой школе, поэтому код к нему привязать нельзя. Обратитесь к администратору школы.";

/**
 * Gives an account roles in a school, keeping the roles it has. A code never switches back on an account the school
 * switched off: that is the admin's decision on /admin.
 */
export async function grantSchoolRoles(
  tx: Prisma.TransactionClient,
  userId: string,
  schoolId: string,
  roles: Role[],
): Promise<Role[]> {
  const here = await tx.membership.findMany({ where: { userId, schoolId }, select: { role: true, deactivatedAt: true } });
  if (here.some((m) => m.deactivatedAt)) throw new AppError("CONFLICT", switchedOffHere);
  const added = [...new Set(roles)].filter((role) => !here.some((m) => m.role === role));
  await tx.membership.createMany({ data: added.map((role) => ({ userId, schoolId, role })), skipDuplicates: true });
  return added;
}
