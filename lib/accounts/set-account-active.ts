"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { setAccountActiveSchema } from "./account-schema";

/** Disables or re-enables an account of the admin's school; either way every open session of it ends at once. */
export const setAccountActive = defineAction(
  { schema: setAccountActiveSchema, permission: "account:manage" },
  async ({ userId, active }, viewer) => {
    if (userId === viewer.userId) throw new AppError("INVALID", "Нельзя отключить собственную учётную запись.");
    await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: userId, memberships: { some: { schoolId: viewer.schoolId } } },
        data: { isActive: active, sessionVersion: { increment: 1 } },
      });
      if (count === 0) throw new AppError("NOT_FOUND");
      await recordAudit(tx, viewer, { action: active ? "account.enable" : "account.disable", entityType: "User", entityId: userId });
    });
    revalidatePath("/admin");
    return { userId, active };
  },
);
