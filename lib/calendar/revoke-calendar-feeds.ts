import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Revokes the calendar feed links of a user, in every school or in `schoolId` only: called wherever the user's sessions
 * end (a password change or reset, an account taken away or switched off in a school), since a feed link is a
 * standing way into their calendar that would otherwise outlive them. Inside the caller's transaction; returns how
 * many links stopped working.
 */
export async function revokeCalendarFeeds(
  tx: Prisma.TransactionClient,
  userId: string,
  options: { schoolId?: string; now?: Date } = {},
): Promise<number> {
  const { count } = await tx.calendarFeed.updateMany({
    where: { userId, revokedAt: null, ...(options.schoolId ? { schoolId: options.schoolId } : {}) },
    data: { revokedAt: options.now ?? new Date() },
  });
  return count;
}
