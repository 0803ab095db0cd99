import "server-only";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashMailToken } from "@/lib/mail/mail-token";
import { can } from "@/lib/permissions";
import { buildIcs } from "./build-ics";
import { calendarEvents } from "./calendar-events";

/**
 * The iCalendar text behind a feed link, or null: an unknown or revoked token, or an account that no longer may keep a
 * calendar in that school (switched off, the role taken away). The events are the subscriber's own, as when signed in.
 */
export async function readCalendarFeed(db: PrismaClient, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await db.calendarFeed.findFirst({
    where: { tokenHash: hashMailToken(token), revokedAt: null },
    select: { userId: true, schoolId: true, user: { select: { sessionVersion: true } } },
  });
  if (!feed) return null;
  const viewer = await loadViewer(db, feed.userId, feed.user.sessionVersion, feed.schoolId);
  if (!viewer || viewer.schoolId !== feed.schoolId || !can(viewer, "calendar:own")) return null;
  const events = await calendarEvents(db, viewer);
  return buildIcs(events, { timeZone: viewer.timeZone, calName: `Наставник — ${viewer.schoolName}`, host: "nastavnik" });
}
