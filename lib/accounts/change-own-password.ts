"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeCalendarFeeds } from "@/lib/calendar/revoke-calendar-feeds";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeOwnPasswordSchema } from "./own-account-schema";

const wrongPassword = () => new AppError("INVALID", "Текущий пароль введён неверно.", { currentPassword: ["Неверный пароль"] });

/**
 * The signed-in user's own new password, with the current one as proof. The session version goes up, so every
 * session of the account ends — this one too: the page then sends the person to /login to sign in with the new
 * password (one rule for all sessions, no session re-issued behind the user's back). The calendar feed links are revoked.
 */
export const changeOwnPassword = defineAction(
  { schema: changeOwnPasswordSchema, permission: "account:manage-own" },
  async ({ currentPassword, password }, viewer) => {
    const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true, sessionVersion: true } });
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw wrongPassword();
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      // Only if nothing changed the account since the check (another tab, an admin's reset).
      const { count } = await tx.user.updateMany({
        where: { id: viewer.userId, sessionVersion: user.sessionVersion },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("CONFLICT", "Пароль только что изменили в другом месте. Войдите снова.");
      // A calendar feed link is a standing way in too: it stops with the sessions.
      await revokeCalendarFeeds(tx, viewer.userId);
      await recordAudit(tx, viewer, { action: "account.password-change", entityType: "User", entityId: viewer.userId });
    });
    return { signedOut: true };
  },
);
