"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDate, formatShortDate, parseCalendarDate } from "@/lib/format/date";
import { notifyPairsFixed } from "@/lib/notifications/notify-pairs-fixed";
import { notifyRole } from "@/lib/notifications/notify-role";
import { takePendingOrder } from "./order-lock";
import { approveOrderSchema } from "./order-schemas";

/**
 * The director approves a pending order with the number and date it was signed under: in one transaction the order
 * is approved and its forming pairs start working that day (status ACTIVE, startedOn, the mentees' joinedOn).
 * A pair that stopped forming meanwhile (a consent withdrawn) leaves the order instead.
 */
export const approveOrder = defineAction({ schema: approveOrderSchema, permission: "order:approve" }, async (input, viewer) => {
  const signedOn = parseCalendarDate(input.signedOn);
  const result = await db.$transaction(async (tx) => {
    const order = await takePendingOrder(tx, viewer.schoolId, input.orderId);
    const yearStart = new Date(Date.UTC(order.programme.startYear, 7, 1));
    if (signedOn < yearStart) {
      const message = `Дата приказа — не раньше ${formatShortDate(yearStart)}: программа этого учебного года`;
      throw new AppError("INVALID", "Проверьте поля формы.", { signedOn: [message] });
    }
    const sameNumber = await tx.pairOrder.findFirst({
      where: {
        schoolId: viewer.schoolId,
        status: "APPROVED",
        number: { equals: input.number, mode: "insensitive" },
        signedOn: {
          gte: new Date(Date.UTC(signedOn.getUTCFullYear(), 0, 1)),
          lt: new Date(Date.UTC(signedOn.getUTCFullYear() + 1, 0, 1)),
        },
      },
      select: { signedOn: true },
    });
    if (sameNumber) {
      const message = `Приказ № ${input.number} уже утверждён в ${signedOn.getUTCFullYear()} году: проверьте номер`;
      throw new AppError("INVALID", "Проверьте поля формы.", { number: [message] });
    }
    await tx.mentorship.updateMany({
      where: { schoolId: viewer.schoolId, orderId: order.id, status: { not: "FORMING" } },
      data: { orderId: null },
    });
    const pairs = await tx.mentorship.findMany({
      where: { schoolId: viewer.schoolId, orderId: order.id },
      select: { id: true },
    });
    if (pairs.length === 0) {
      throw new AppError("INVALID", "В приказе не осталось формирующихся пар: верните его куратору.");
    }
    const pairIds = pairs.map((pair) => pair.id);
    await tx.pairOrder.update({
      where: { id: order.id, schoolId: viewer.schoolId },
      data: {
        status: "APPROVED",
        pendingKey: null,
        number: input.number,
        signedOn,
        decidedById: viewer.userId,
        decidedAt: new Date(),
      },
    });
    await tx.mentorship.updateMany({
      where: { schoolId: viewer.schoolId, id: { in: pairIds } },
      data: { status: "ACTIVE", startedOn: signedOn },
    });
    await tx.mentorshipMentee.updateMany({
      where: { schoolId: viewer.schoolId, mentorshipId: { in: pairIds }, leftOn: null },
      data: { joinedOn: signedOn },
    });
    await notifyPairsFixed(tx, { id: order.id, schoolId: viewer.schoolId, number: input.number, signedOn }, pairIds);
    await notifyRole(tx, ["CURATOR"], {
      kind: "ORDER_DECIDED",
      schoolId: viewer.schoolId,
      dedupeKey: `order-decided:${order.id}`,
      title: `Приказ № ${input.number} от ${formatDate(signedOn)} утверждён: пар и групп в работе — ${pairIds.length}`,
      href: "/curator/pairs",
    });
    await recordAudit(tx, viewer, [
      {
        action: "order.approve",
        entityType: "PairOrder",
        entityId: order.id,
        details: { number: input.number, signedOn: input.signedOn },
      },
      ...pairIds.map((id) => ({
        action: "mentorship.activate",
        entityType: "Mentorship",
        entityId: id,
        details: { orderId: order.id },
      })),
    ]);
    return { id: order.id, activated: pairIds.length };
  });
  for (const path of ["/director/orders", "/curator/pairs", "/director", "/mentor", "/mentee", "/parent"]) revalidatePath(path);
  return result;
});
