"use server";

import { definePublicAction } from "@/lib/actions/define-public-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkEmailConfirmation } from "./check-email-confirmation";
import { newMailToken } from "./mail-token";
import { mailTokenSchema } from "./mail-token-schema";
import { userNotificationKinds } from "./user-notification-kinds";

/**
 * Confirms an address by the link from mail: no sign-in (the token proves the mailbox), and a POST from the page's
 * button — never the GET of the link, which mail scanners open. Only the address the account has now is confirmed.
 * A first confirmation turns on immediate mail for every kind of the user's roles; the profile changes that.
 */
export const confirmEmail = definePublicAction(mailTokenSchema, async ({ token }) => {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const check = await checkEmailConfirmation(tx, token, now);
    if (!check.ok) throw new AppError("INVALID", check.message);
    const confirmed = await tx.user.updateMany({
      where: { id: check.userId, email: check.email, isActive: true },
      data: { emailConfirmedAt: now },
    });
    if (confirmed.count === 0) throw new AppError("INVALID", "Ссылка недействительна.");
    await tx.emailConfirmation.deleteMany({ where: { userId: check.userId } });
    await tx.notificationSetting.createMany({
      data: { userId: check.userId, emailKinds: await userNotificationKinds(tx, check.userId), unsubscribeToken: newMailToken() },
      skipDuplicates: true,
    });
    return { email: check.email };
  });
});
