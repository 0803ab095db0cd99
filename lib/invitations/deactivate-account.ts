"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deactivateAccountSchema } from "./invitation-schema";
import { familyAccountsOfSchool } from "./family-accounts";

/**
 * The curator turns off a pupil's or a parent's account (lost code, a parent who no longer has custody).
 * Every open session of it ends at once; a new code for the pupil turns a pupil's account back on.
 */
export const deactivateAccount = defineAction(
  { schema: deactivateAccountSchema, permission: "invitation:manage" },
  async ({ userId }, viewer) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: userId, isActive: true, ...familyAccountsOfSchool(viewer.schoolId) },
        data: { isActive: false, sessionVersion: { increment: 1 } },
      });
      if (count === 0) throw new AppError("NOT_FOUND", "Аккаунт не найден, уже отключён или не относится к ученикам и родителям школы.");
      await recordAudit(tx, viewer, { action: "account.disable", entityType: "User", entityId: userId });
    });
    revalidatePath("/curator/invitations");
    return { userId };
  },
);
