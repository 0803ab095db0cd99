import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

export const notOnlyPupilAccount =
  "Этим аккаунтом пользуются не только как аккаунтом ученика этой школы (другая роль или другая школа): пароль меняет администратор.";

/**
 * A pupil's reset code may set the password of an account that is nothing but this pupil's account here: an account
 * that also holds another role, or a place in another school, belongs to more than the curator's care.
 */
export async function assertPupilOnlyAccount(tx: Prisma.TransactionClient, userId: string, schoolId: string): Promise<void> {
  const other = await tx.membership.count({ where: { userId, NOT: { schoolId, role: "MENTEE" } } });
  if (other > 0) throw new AppError("CONFLICT", notOnlyPupilAccount);
}
