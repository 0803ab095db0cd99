import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long a session lives, counted from its sign-in. next-auth renews the cookie while it is used (even a signed-out
 * copy, through its session endpoint), so the sign-in time in the token is what bounds it: ended-session rows are kept
 * exactly that long and a session older than that is refused (sessionExpired), so a purged row never revives one.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function sessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return signedInAt === undefined || now - signedInAt > SESSION_MAX_AGE_SECONDS * 1000 || signedInAt > now + 60_000;
}

/**
 * Ends one session (one sign-in on one device) on the server: its "sid" goes into the ended list, which loadViewer
 * checks on every request, so a copy of the cookie stops working too. Other sessions of the user are untouched.
 * Rows older than SESSION_MAX_AGE_SECONDS are dropped here: the sessions they ended are refused by age by then.
 */
export async function endSession(db: PrismaClient, sessionId: string, userId: string, now = new Date()): Promise<void> {
  await db.$transaction([
    db.endedSession.createMany({ data: [{ id: sessionId, userId, endedAt: now }], skipDuplicates: true }),
    db.endedSession.deleteMany({ where: { endedAt: { lt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } } }),
  ]);
}
