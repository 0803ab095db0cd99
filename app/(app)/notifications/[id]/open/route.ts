import { defineRoute } from "@/lib/auth/define-route";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { safeHref } from "@/lib/notifications/notify";
import { ownNotificationsWhere } from "@/lib/notifications/own-notifications";

/** Opening a notice marks it read and goes to its page, where access is checked again. */
export const GET = defineRoute<{ id: string }>("/notifications/[id]/open", async (_request, viewer, { id }) => {
  const notice = await db.notification.findFirst({ where: { id, ...ownNotificationsWhere(viewer) }, select: { href: true } });
  if (!notice) throw new AppError("NOT_FOUND", "Уведомление не найдено.");
  await db.notification.updateMany({
    where: { id, ...ownNotificationsWhere(viewer), readAt: null },
    data: { readAt: new Date() },
  });
  // A relative Location: the browser resolves it against the address it used, whatever proxy stands in front.
  return new Response(null, { status: 303, headers: { Location: safeHref(notice.href) } });
});
