import "server-only";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";

/**
 * The account a person proves is theirs on /join by its login and password, to link a code to it. It is the sign-in
 * check itself, so the same per-login and per-address limits hold: a valid code is no way around them.
 */
export async function findExistingAccount(
  login: string,
  password: string,
  ip: string,
): Promise<{ id: string; login: string } | null> {
  const user = await verifyCredentials(db, { login, password }, ip);
  return user ? { id: user.id, login: login.trim().toLowerCase() } : null;
}
