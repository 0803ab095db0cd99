"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ownEmailSchema } from "./own-account-schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const emailTaken = () =>
  new AppError("INVALID", "Проверьте поля формы.", { email: ["Этот адрес уже указан у другого аккаунта"] });

/** The signed-in user's own e-mail (optional, unique across accounts); an empty field removes it. */
export const updateOwnEmail = defineAction(
  { schema: ownEmailSchema, permission: "account:manage-own" },
  async ({ email }, viewer) => {
    const value = email === "" ? null : email;
    try {
      await db.$transaction(async (tx) => {
        if (value && (await tx.user.findFirst({ where: { email: value, id: { not: viewer.userId } }, select: { id: true } })))
          throw emailTaken();
        await tx.user.update({ where: { id: viewer.userId }, data: { email: value } });
        await recordAudit(tx, viewer, {
          action: "account.email",
          entityType: "User",
          entityId: viewer.userId,
          details: { set: Boolean(value) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, "email")) throw emailTaken();
      throw error;
    }
    revalidatePath("/account");
    return { email: value };
  },
);
