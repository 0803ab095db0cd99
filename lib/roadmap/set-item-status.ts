"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { itemChanges } from "./item-changes";
import { snapshotSelect, toSnapshot } from "./item-snapshot";
import { setItemStatusSchema } from "./item-status-schema";

export const setItemStatus = defineAction(
  { schema: setItemStatusSchema, permission: "roadmap:set-status" },
  async ({ itemId, status, version }, viewer) => {
    const item = await db.$transaction(async (tx) => {
      const current = await tx.roadmapItem.findFirst({
        where: { id: itemId, schoolId: viewer.schoolId },
        select: snapshotSelect,
      });
      if (!current) throw new AppError("NOT_FOUND");
      // The version check sits in the update's where, so two saves of the same version cannot both win.
      const { count } = await tx.roadmapItem.updateMany({
        where: { id: itemId, schoolId: viewer.schoolId, version },
        data: { status, version: { increment: 1 }, completedAt: status === "DONE" ? new Date() : null },
      });
      if (count === 0) throw new AppError("CONFLICT", "Пункт уже изменил другой пользователь. Обновите страницу и повторите.");
      const changes = itemChanges(toSnapshot(current), { ...toSnapshot(current), status });
      if (changes.length > 0) {
        await tx.roadmapItemChange.create({
          data: { schoolId: viewer.schoolId, itemId, userId: viewer.userId, changes: changes as object[] },
        });
      }
      await recordAudit(tx, viewer, {
        action: "roadmap-item.status",
        entityType: "RoadmapItem",
        entityId: itemId,
        details: { from: current.status, to: status },
      });
      return { id: itemId, status, version: version + 1 };
    });
    revalidatePath("/curator", "layout");
    return item;
  },
);
