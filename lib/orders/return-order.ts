"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { notifyRole } from "@/lib/notifications/notify-role";
import { claimDraft } from "@/lib/matching/draft/claim-draft";
import { takePendingOrder } from "./order-lock";
import { returnOrderSchema } from "./order-schemas";

/** The director returns a pending order with a comment: its pairs go back to the curator's draft, still forming. */
export const returnOrder = defineAction({ schema: returnOrderSchema, permission: "order:approve" }, async (input, viewer) => {
  const result = await db.$transaction(async (tx) => {
    const order = await takePendingOrder(tx, viewer.schoolId, input.orderId);
    const pairs = await tx.mentorship.findMany({
      where: { schoolId: viewer.schoolId, orderId: order.id },
      select: { id: true },
    });
    await tx.pairOrder.update({
      where: { id: order.id, schoolId: viewer.schoolId },
      data: {
        status: "RETURNED",
        pendingKey: null,
        returnComment: input.comment,
        decidedById: viewer.userId,
        decidedAt: new Date(),
      },
    });
    await claimDraft(tx, viewer.schoolId, order.programmeId);
    await tx.mentorship.updateMany({ where: { schoolId: viewer.schoolId, orderId: order.id }, data: { orderId: null } });
    await notifyRole(tx, ["CURATOR"], {
      kind: "ORDER_DECIDED",
      schoolId: viewer.schoolId,
      dedupeKey: `order-decided:${order.id}`,
      title: `Проект приказа о закреплении пар возвращён на доработку: ${input.comment}`,
      href: "/curator/pairs",
    });
    await recordAudit(tx, viewer, {
      action: "order.return",
      entityType: "PairOrder",
      entityId: order.id,
      details: { mentorshipIds: pairs.map((pair) => pair.id) },
    });
    return { id: order.id };
  });
  revalidatePath("/director/orders");
  revalidatePath("/curator/pairs");
  return result;
});
