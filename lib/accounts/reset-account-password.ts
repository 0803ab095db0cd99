"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { revokeCalendarFeeds } from "@/lib/calendar/revoke-calendar-feeds";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { otherSchoolsMessage } from "./account-messages";
import { resetAccountPasswordSchema } from "./account-schema";
import { generateTemporaryPassword } from "./temporary-password";

/**
 * A new random password for an account of the admin's school, shown to the admin once and never stored in plain text;
 * every session of the account ends, and its calendar feed links stop working. The person changes it on /account after signing in. An account that also belongs
 * to another school is refused: one school's admin must not take over a login another school relies on.
 */
export const resetAccountPassword = defineAction(
  { schema: resetAccountPasswordSchema, permission: "account:manage" },
  async ({ userId }, viewer) => {
    if (userId === viewer.userId) throw new AppError("INVALID", "Свой пароль меняйте в «Моём профиле».");
    const password = generateTemporaryPassword();
    const passwordHash = await hashPassword(password);
    const login = await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({
        where: { id: userId, isActive: true, memberships: { some: { schoolId: viewer.schoolId } } },
        select: { login: true, memberships: { where: { schoolId: { not: viewer.schoolId } }, select: { id: true }, take: 1 } },
      });
      if (!user) throw new AppError("NOT_FOUND");
      if (user.memberships.length > 0) throw new AppError("CONFLICT", otherSchoolsMessage);
      const { count } = await tx.user.updateMany({
        where: { id: userId, memberships: { some: { schoolId: viewer.schoolId }, every: { schoolId: viewer.schoolId } } },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("CONFLICT", otherSchoolsMessage);
      await revokeCalendarFeeds(tx, userId);
      await recordAudit(tx, viewer, { action: "account.password-reset", entityType: "User", entityId: userId });
      return user.login;
    });
    return { userId, login, password };
  },
);
