"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { queueEmailConfirmation } from "@/lib/mail/queue-email-confirmation";
import { ownEmailSchema } from "./own-account-schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const emailTaken = () =>
  new AppError("INVALID", "Проверьте поля формы.", { email: ["Этот адрес уже указан у другого аккаунта"] });

/** What happened to the address: the form says it in words. */
export type OwnEmailOutcome = "removed" | "confirmation-sent" | "saved-mail-off" | "already-confirmed";

/**
 * The signed-in user's own e-mail (optional, unique across accounts); an empty field removes it. A new address — or
 * the same one still unconfirmed, saved again — is unconfirmed and gets a confirmation link through the outbox;
 * mail goes only to a confirmed address.
 */
export const updateOwnEmail = defineAction(
  { schema: ownEmailSchema, permission: "account:manage-own" },
  async ({ email }, viewer) => {
    const value = email === "" ? null : email;
    let outcome: OwnEmailOutcome;
    try {
      outcome = await db.$transaction(async (tx): Promise<OwnEmailOutcome> => {
        if (value && (await tx.user.findFirst({ where: { email: value, id: { not: viewer.userId } }, select: { id: true } })))
          throw emailTaken();
        const current = await tx.user.findUniqueOrThrow({
          where: { id: viewer.userId },
          select: { email: true, emailConfirmedAt: true },
        });
        if (value && current.email === value && current.emailConfirmedAt) return "already-confirmed";
        await tx.user.update({ where: { id: viewer.userId }, data: { email: value, emailConfirmedAt: null } });
        if (!value) await tx.emailConfirmation.deleteMany({ where: { userId: viewer.userId } });
        const sent = value ? await queueEmailConfirmation(tx, { id: viewer.userId, email: value }) : false;
        await recordAudit(tx, viewer, {
          action: "account.email",
          entityType: "User",
          entityId: viewer.userId,
          details: { set: Boolean(value) },
        });
        return !value ? "removed" : sent ? "confirmation-sent" : "saved-mail-off";
      });
    } catch (error) {
      if (isUniqueViolation(error, "email")) throw emailTaken();
      throw error;
    }
    revalidatePath("/account");
    return { email: value, outcome };
  },
);
