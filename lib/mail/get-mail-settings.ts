import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { mailConfig } from "./mail-config";
import { userNotificationKinds } from "./user-notification-kinds";

/** What /account shows about e-mail: whether mail works here, the own address and its state, the preferences. */
export async function getMailSettings(viewer: Viewer) {
  const [user, offered] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { email: true, emailConfirmedAt: true, notificationSetting: { select: { emailKinds: true, digest: true } } },
    }),
    userNotificationKinds(db, viewer.userId),
  ]);
  return {
    mailOn: mailConfig() !== null,
    email: user.email,
    confirmedAt: user.emailConfirmedAt,
    offered,
    chosen: user.notificationSetting?.emailKinds ?? [],
    digest: user.notificationSetting?.digest ?? false,
  };
}
