"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { stageOrder } from "./labels";
import { advanceStageSchema } from "./stage-schema";

const MIN_REASON = 10;

/** Moves the programme to its next stage: only when the current stage's items are closed, or with a written reason. */
export const advanceStage = defineAction(
  { schema: advanceStageSchema, permission: "roadmap:advance-stage" },
  async ({ programmeId, overrideReason }, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const programme = await tx.programme.findFirst({
        where: { id: programmeId, schoolId: viewer.schoolId },
        select: { currentStage: true },
      });
      if (!programme) throw new AppError("NOT_FOUND");
      const from = programme.currentStage;
      const to = stageOrder[stageOrder.indexOf(from) + 1];
      if (!to) throw new AppError("INVALID", "Программа уже на последнем этапе.");
      const openItems = await tx.roadmapItem.count({
        where: { programmeId, schoolId: viewer.schoolId, stage: { number: from }, status: { in: ["PLANNED", "IN_PROGRESS"] } },
      });
      if (openItems > 0 && overrideReason.length < MIN_REASON) {
        throw new AppError("INVALID", `На этапе остались невыполненные пункты: ${openItems}.`, {
          overrideReason: [
            `Завершите или отмените пункты этапа либо напишите причину перехода (не короче ${MIN_REASON} символов)`,
          ],
        });
      }
      const { count } = await tx.programme.updateMany({
        where: { id: programmeId, schoolId: viewer.schoolId, currentStage: from },
        data: { currentStage: to },
      });
      if (count === 0) throw new AppError("CONFLICT", "Этап программы уже изменился. Обновите страницу.");
      await tx.stageTransition.create({
        data: {
          schoolId: viewer.schoolId,
          programmeId,
          fromStage: from,
          toStage: to,
          userId: viewer.userId,
          openItems,
          overrideReason: openItems > 0 ? overrideReason : null,
        },
      });
      await recordAudit(tx, viewer, {
        action: "programme.advance-stage",
        entityType: "Programme",
        entityId: programmeId,
        details: { from, to, openItems },
      });
      return { from, to, openItems };
    });
    revalidatePath("/curator", "layout");
    return result;
  },
);
