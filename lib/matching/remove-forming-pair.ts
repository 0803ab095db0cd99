"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockProgrammeOrders } from "@/lib/orders/order-lock";
import { claimDraft } from "./draft/claim-draft";

const schema = z.object({ mentorshipId: z.string().min(1) });

/**
 * The curator removes a pair or group from the draft while it is still forming: its mentees are free to match again.
 * A pair in an order waiting for the director cannot change until the director decides.
 */
export const removeFormingPair = defineAction({ schema, permission: "mentorship:create" }, async (input, viewer) => {
  await db.$transaction(async (tx) => {
    const pair = await tx.mentorship.findFirst({
      where: { id: input.mentorshipId, schoolId: viewer.schoolId },
      select: { id: true, programmeId: true },
    });
    if (!pair) throw new AppError("NOT_FOUND");
    await lockProgrammeOrders(tx, pair.programmeId);
    await claimDraft(tx, viewer.schoolId, pair.programmeId);
    const current = await tx.mentorship.findFirstOrThrow({
      where: { id: pair.id, schoolId: viewer.schoolId },
      select: { status: true, orderId: true },
    });
    if (current.status !== "FORMING") throw new AppError("INVALID", "Убрать можно только формирующуюся пару.");
    if (current.orderId) {
      throw new AppError("CONFLICT", "Пара в приказе на утверждении: её нельзя изменить, пока директор не решит.");
    }
    await tx.mentorship.delete({ where: { id: pair.id, schoolId: viewer.schoolId } });
    await recordAudit(tx, viewer, { action: "mentorship.remove-forming", entityType: "Mentorship", entityId: pair.id });
  });
  revalidatePath("/curator/pairs");
  return { id: input.mentorshipId };
});
