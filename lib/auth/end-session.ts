import type { PrismaClient } from "@/lib/generated/prisma/client";

/** How long a session lives without use; next-auth renews the cookie while it is used. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Ends one session (one sign-in on one device) on the server: its "sid" goes into the ended list, which loadViewer
 * checks on every request, so a copy of the cookie stops working too. Other sessions of the user are untouched.
 * A signed-out token is never renewed again, so it expires within SESSION_MAX_AGE_SECONDS of the sign-out; older rows
 * are dropped here.
 */
export async function endSession(db: PrismaClient, sessionId: string, userId: string, now = new Date()): Promise<void> {
  await db.$transaction([
    db.endedSession.createMany({ data: [{ id: sessionId, userId, endedAt: now }], skipDuplicates: true }),
    db.endedSession.deleteMany({ where: { endedAt: { lt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } } }),
  ]);
}

/** True when the session was signed out. */
export async function isSessionEnded(db: PrismaClient, sessionId: string): Promise<boolean> {
  return (await db.endedSession.count({ where: { id: sessionId } })) > 0;
}
