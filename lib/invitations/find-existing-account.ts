import "server-only";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

/**
 * The account a person proves is theirs on /join by its login and password, to link a code to it.
 * A wrong login takes as long as a wrong password; an anonymised or globally switched-off account is never found.
 */
export async function findExistingAccount(login: string, password: string): Promise<{ id: string; login: string } | null> {
  const user = await db.user.findUnique({ where: { login }, select: { id: true, login: true, passwordHash: true, isActive: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? decoyHash, password);
  return user && user.isActive && passwordOk ? { id: user.id, login: user.login } : null;
}
