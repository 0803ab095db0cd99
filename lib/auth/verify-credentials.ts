import type { PrismaClient } from "@/lib/generated/prisma/client";
import { markAttemptSucceeded } from "./count-attempt";
import { findNulFields } from "@/lib/validation/reject-nul";
import { loginSchema } from "./login-schema";
import { decoyHash, verifyPassword } from "./password";
import { startLoginAttempt } from "./rate-limit";

export interface SignedInUser {
  id: string;
  name: string;
  sessionVersion: number;
}

/** The whole sign-in check; returns null for every kind of failure so the page can show one generic message. */
export async function verifyCredentials(db: PrismaClient, raw: unknown, ip: string): Promise<SignedInUser | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success || findNulFields(raw).length > 0) return null;
  const { login, password } = parsed.data;
  // Counted as a failure before the password is checked, so simultaneous guesses cannot all pass the limit.
  const attempt = await startLoginAttempt(db, login, ip);
  if (attempt.blocked) return null;
  const user = await db.user.findUnique({
    where: { login: login.trim().toLowerCase() },
    select: {
      id: true,
      displayName: true,
      passwordHash: true,
      isActive: true,
      sessionVersion: true,
      // Switching off is per school: an account switched off in every school of its own cannot sign in.
      memberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 },
      // Bound to no school: a municipal coordinator's membership, the platform operator (issue 14).
      municipalMemberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 },
      platformOperator: { select: { userId: true } },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? decoyHash, password);
  const belongs = user && (user.memberships.length > 0 || user.municipalMemberships.length > 0 || user.platformOperator);
  if (!user || !user.isActive || !belongs || !passwordOk) return null;
  await markAttemptSucceeded(db, attempt);
  return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion };
}
