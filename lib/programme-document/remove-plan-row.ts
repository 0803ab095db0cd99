"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { removePlanRowSchema } from "./plan-schemas";

/** Removes a plan row; the rows below move up so the numbers stay 1, 2, 3… */
export const removePlanRow = defineAction(
  { schema: removePlanRowSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const scope = { schoolId: viewer.schoolId, programmeId: programme.id };
    await db.$transaction(async (tx) => {
      if (input.plan === "WORK") {
        const row = await tx.workPlanItem.findFirst({ where: { ...scope, id: input.id }, select: { position: true } });
        if (!row) throw new AppError("NOT_FOUND");
        await tx.workPlanItem.deleteMany({ where: { ...scope, id: input.id } });
        await tx.workPlanItem.updateMany({
          where: { ...scope, position: { gt: row.position } },
          data: { position: { decrement: 1 } },
        });
      } else {
        const inPlan = { ...scope, form: input.plan };
        const row = await tx.modulePlanItem.findFirst({ where: { ...inPlan, id: input.id }, select: { position: true } });
        if (!row) throw new AppError("NOT_FOUND");
        await tx.modulePlanItem.deleteMany({ where: { ...inPlan, id: input.id } });
        await tx.modulePlanItem.updateMany({
          where: { ...inPlan, position: { gt: row.position } },
          data: { position: { decrement: 1 } },
        });
      }
      await recordAudit(tx, viewer, {
        action: "plan-row.remove",
        entityType: input.plan === "WORK" ? "WorkPlanItem" : "ModulePlanItem",
        entityId: input.id,
        details: { plan: input.plan },
      });
    });
    for (const path of ["/curator/programme/plans", "/roadmap"]) revalidatePath(path);
    return { id: input.id };
  },
);
