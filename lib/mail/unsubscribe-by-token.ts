"use server";

import { definePublicAction } from "@/lib/actions/define-public-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { unknownUnsubscribeMessage } from "./check-unsubscribe-token";
import { mailTokenSchema } from "./mail-token-schema";

/**
 * Turns every e-mail off for the user of an unsubscribe link: no sign-in (the token is the permission), and only
 * from the page's button, never on the GET of the link. Notifications in the app stay; the profile turns mail back on.
 */
export const unsubscribeByToken = definePublicAction(mailTokenSchema, async ({ token }) => {
  const { count } = await db.notificationSetting.updateMany({ where: { unsubscribeToken: token }, data: { emailKinds: [] } });
  if (count === 0) throw new AppError("INVALID", unknownUnsubscribeMessage);
  return { unsubscribed: true };
});
