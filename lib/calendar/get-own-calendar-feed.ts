import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The viewer's active feed link in this school (when it was made), or null. The secret itself is not kept. */
export async function getOwnCalendarFeed(viewer: Viewer) {
  assertCan(viewer, "calendar:own");
  return db.calendarFeed.findFirst({
    where: { userId: viewer.userId, schoolId: viewer.schoolId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
}
