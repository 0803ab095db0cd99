"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { setItemStatusSchema } from "./item-status-schema";

export const setItemStatus = defineAction(
  { schema: setItemStatusSchema, permission: "roadmap:set-status" },
  async ({ itemId, status, version }, viewer) => {
    const item = await db.$transaction(async (tx) => {
      const current = await tx.roadmapItem.findFirst({
        where: { id: itemId, schoolId: viewer.schoolId },
        select: { status: true, version: true },
      });
      if (!current) throw new AppError("NOT_FOUND");
      // The version check sits in the update's where, so two saves of the same version cannot both win.
      const { count } = await tx.roadmapItem.updateMany({
        where: { id: itemId, schoolId: viewer.schoolId, version },
        data: { status, version: { increment: 1 }, completedAt: status === "DONE" ? new Date() : null },
      });
      if (count === 0) throw new AppError("CONFLICT", "Пункт уже изменил другой пользователь. Обновите страницу и повторите.");
      await recordAudit(tx, viewer, {
        action: "roadmap-item.status",
        entityType: "RoadmapItem",
        entityId: itemId,
        details: { from: current.status, to: status },
      });
      return { id: itemId, status, version: version + 1 };
    });
    revalidatePath("/curator");
    return item;
  },
);
