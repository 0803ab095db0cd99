"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { movePlanRowSchema } from "./plan-schemas";

/** Swaps a plan row with its neighbour above or below; at the edge nothing moves. */
export const movePlanRow = defineAction(
  { schema: movePlanRowSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const scope = { schoolId: viewer.schoolId, programmeId: programme.id };
    const up = input.direction === "up";
    await db.$transaction(async (tx) => {
      if (input.plan === "WORK") {
        const row = await tx.workPlanItem.findFirst({ where: { ...scope, id: input.id }, select: { id: true, position: true } });
        if (!row) throw new AppError("NOT_FOUND");
        const other = await tx.workPlanItem.findFirst({
          where: { ...scope, position: up ? { lt: row.position } : { gt: row.position } },
          orderBy: { position: up ? "desc" : "asc" },
          select: { id: true, position: true },
        });
        if (!other) return;
        await tx.workPlanItem.updateMany({ where: { ...scope, id: row.id }, data: { position: other.position } });
        await tx.workPlanItem.updateMany({ where: { ...scope, id: other.id }, data: { position: row.position } });
      } else {
        const inPlan = { ...scope, form: input.plan };
        const row = await tx.modulePlanItem.findFirst({
          where: { ...inPlan, id: input.id },
          select: { id: true, position: true },
        });
        if (!row) throw new AppError("NOT_FOUND");
        const other = await tx.modulePlanItem.findFirst({
          where: { ...inPlan, position: up ? { lt: row.position } : { gt: row.position } },
          orderBy: { position: up ? "desc" : "asc" },
          select: { id: true, position: true },
        });
        if (!other) return;
        await tx.modulePlanItem.updateMany({ where: { ...inPlan, id: row.id }, data: { position: other.position } });
        await tx.modulePlanItem.updateMany({ where: { ...inPlan, id: other.id }, data: { position: row.position } });
      }
    });
    for (const path of ["/curator/programme/plans", "/roadmap"]) revalidatePath(path);
    return { id: input.id };
  },
);
