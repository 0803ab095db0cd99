"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { itemChanges } from "./item-changes";
import { snapshotSelect, toSnapshot } from "./item-snapshot";
import { ownItemSchema } from "./own-item-schema";

/** A responsible user reports on their own item: status and result only. Someone else's item is "not found". */
export const updateOwnItem = defineAction({ schema: ownItemSchema, permission: "roadmap:update-own" }, async (input, viewer) => {
  const own = { id: input.itemId, schoolId: viewer.schoolId, responsibleId: viewer.userId };
  const result = await db.$transaction(async (tx) => {
    const before = await tx.roadmapItem.findFirst({ where: own, select: snapshotSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.roadmapItem.updateMany({
      where: { ...own, version: input.version },
      data: {
        status: input.status,
        resultNote: input.resultNote || null,
        completedAt: input.status === "DONE" ? (before.status === "DONE" ? undefined : new Date()) : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Пункт уже изменил другой пользователь. Обновите страницу и повторите.");
    const changes = itemChanges(toSnapshot(before), {
      ...toSnapshot(before),
      status: input.status,
      resultNote: input.resultNote || null,
    });
    if (changes.length) {
      await tx.roadmapItemChange.create({
        data: { schoolId: viewer.schoolId, itemId: input.itemId, userId: viewer.userId, changes: changes as object[] },
      });
    }
    await recordAudit(tx, viewer, { action: "roadmap-item.report", entityType: "RoadmapItem", entityId: input.itemId });
    return { version: before.version + 1 };
  });
  revalidatePath("/", "layout");
  return result;
});
