"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyRole } from "@/lib/notifications/notify-role";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { claimDraft } from "@/lib/matching/draft/claim-draft";
import { lockProgrammeOrders, orderDraftWhere } from "./order-lock";
import { submitOrderDraftSchema } from "./order-schemas";

const PENDING_ALREADY = "Приказ по этой программе уже на утверждении у директора: дождитесь его решения.";

/**
 * The curator sends the draft — the programme's forming pairs not yet in an order — to the director as an order.
 * The ids are the draft as the curator saw it: if it changed meanwhile, nothing is sent. One order waits per programme
 * (a lock, then a unique key), so a double click or two curators make one order, not two.
 */
export const submitOrderDraft = defineAction(
  { schema: submitOrderDraftSchema, permission: "order:prepare" },
  async (input, viewer) => {
    const programme = await findCurrentProgramme(viewer.schoolId);
    if (!programme) throw new AppError("INVALID", "Сначала начните программу наставничества учебного года.");
    const sent = new Set(input.mentorshipIds);
    const draft = orderDraftWhere(viewer.schoolId, programme.id);
    try {
      const order = await db.$transaction(async (tx) => {
        await lockProgrammeOrders(tx, programme.id);
        const pending = await tx.pairOrder.count({
          where: { schoolId: viewer.schoolId, programmeId: programme.id, status: "PENDING" },
        });
        if (pending) throw new AppError("CONFLICT", PENDING_ALREADY);
        await claimDraft(tx, viewer.schoolId, programme.id);
        const pairs = await tx.mentorship.findMany({
          where: draft,
          select: { id: true },
        });
        if (pairs.length === 0) throw new AppError("INVALID", "В черновике нет пар и групп: сначала сформируйте их.");
        const proposed = await tx.mentorshipMentee.count({
          where: { mentorshipId: { in: pairs.map((pair) => pair.id) }, accepted: false },
        });
        if (proposed > 0) {
          throw new AppError("INVALID", `В черновике есть непринятые предложения подбора (${proposed}): примите или уберите их.`);
        }
        if (pairs.length !== sent.size || pairs.some((pair) => !sent.has(pair.id))) {
          throw new AppError("CONFLICT", "Черновик изменился, пока вы его смотрели: обновите страницу и проверьте пары.");
        }
        const approved = await tx.pairOrder.count({
          where: { schoolId: viewer.schoolId, programmeId: programme.id, status: "APPROVED" },
        });
        const created = await tx.pairOrder.create({
          data: {
            schoolId: viewer.schoolId,
            programmeId: programme.id,
            kind: approved ? "SUPPLEMENTARY" : "INITIAL",
            pendingKey: programme.id,
            submittedById: viewer.userId,
          },
          select: { id: true },
        });
        const { count } = await tx.mentorship.updateMany({
          where: { ...draft, id: { in: [...sent] } },
          data: { orderId: created.id },
        });
        if (count !== sent.size) throw new AppError("CONFLICT", "Черновик изменился: обновите страницу и проверьте пары.");
        await notifyRole(tx, ["DIRECTOR"], {
          kind: "ORDER_SUBMITTED",
          schoolId: viewer.schoolId,
          dedupeKey: `order-submitted:${created.id}`,
          title: `Проект приказа о закреплении наставнических пар на утверждение: пар и групп — ${sent.size}`,
          href: "/director/orders",
        });
        await recordAudit(tx, viewer, {
          action: "order.submit",
          entityType: "PairOrder",
          entityId: created.id,
          details: { mentorshipIds: [...sent] },
        });
        return created;
      });
      revalidatePath("/curator/pairs");
      revalidatePath("/director/orders");
      return order;
    } catch (error) {
      if (isUniqueViolation(error, "pendingKey")) throw new AppError("CONFLICT", PENDING_ALREADY);
      throw error;
    }
  },
);
