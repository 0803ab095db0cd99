import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** Only the viewer's own notices, of the school they are working in now. */
export const ownNotificationsWhere = (viewer: Viewer) => ({ userId: viewer.userId, schoolId: viewer.schoolId });

/** For the bell in the header: once per request however many components ask. */
export const countUnreadNotifications = cache(async (viewer: Viewer): Promise<number> =>
  db.notification.count({ where: { ...ownNotificationsWhere(viewer), readAt: null } }),
);

export async function listOwnNotifications(viewer: Viewer, limit = 100) {
  return db.notification.findMany({
    where: ownNotificationsWhere(viewer),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, title: true, createdAt: true, readAt: true },
  });
}
