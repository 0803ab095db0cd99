"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mailPreferencesSchema } from "./mail-preferences-schema";
import { newMailToken } from "./mail-token";
import { userNotificationKinds } from "./user-notification-kinds";

/**
 * Saves the signed-in user's own e-mail preferences (only their own row). Kinds outside the user's roles are
 * refused; the address must be confirmed first, since mail goes only to confirmed addresses.
 */
export const saveMailPreferences = defineAction(
  { schema: mailPreferencesSchema, permission: "account:manage-own" },
  async ({ kinds, delivery }, viewer) => {
    const saved = await db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { emailConfirmedAt: true } });
      if (!user.emailConfirmedAt) throw new AppError("INVALID", "Сначала подтвердите адрес электронной почты.");
      const allowed = await userNotificationKinds(tx, viewer.userId);
      if (kinds.some((kind) => !allowed.includes(kind))) {
        throw new AppError("INVALID", "Проверьте поля формы.", { kinds: ["Эти уведомления не приходят при ваших ролях"] });
      }
      const values = { emailKinds: [...new Set(kinds)], digest: delivery === "digest" };
      await tx.notificationSetting.upsert({
        where: { userId: viewer.userId },
        create: { userId: viewer.userId, unsubscribeToken: newMailToken(), ...values },
        update: values,
      });
      return { kinds: values.emailKinds.length, digest: values.digest };
    });
    revalidatePath("/account");
    return saved;
  },
);
