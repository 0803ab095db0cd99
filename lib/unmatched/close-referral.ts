"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { closeReferralSchema } from "./referral-schemas";

/** The psychologist marks a referral done: the support was given. */
export const closeReferral = defineAction(
  { schema: closeReferralSchema, permission: "referral:close" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.psychologistReferral.updateMany({
        where: { id: input.referralId, schoolId: viewer.schoolId, closedAt: null },
        data: { closedAt: new Date(), closedById: viewer.userId, closeNote: input.note || null, openKey: null },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
      await recordAudit(tx, viewer, { action: "referral.close", entityType: "PsychologistReferral", entityId: input.referralId });
    });
    revalidatePath("/psychologist");
    revalidatePath("/curator/unmatched");
    return { id: input.referralId };
  },
);
