import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Revokes every calendar feed link of a user, in every school: called wherever all of the user's sessions end (a
 * password change or reset, an account taken away), since a feed link is a standing way into their calendar.
 * Inside the caller's transaction; returns how many links stopped working.
 */
export async function revokeCalendarFeeds(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<number> {
  const { count } = await tx.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
