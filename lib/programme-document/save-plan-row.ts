"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { savePlanRowSchema } from "./plan-schemas";

/** Adds a row at the end of the work plan or a form's module plan, or edits one of its rows. */
export const savePlanRow = defineAction(
  { schema: savePlanRowSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const scope = { schoolId: viewer.schoolId, programmeId: programme.id };
    const result = input.result || null;
    const saved = await db.$transaction(async (tx) => {
      let id = input.id;
      if (input.plan === "WORK") {
        const data = {
          title: input.title,
          deadlineLabel: input.period,
          responsibleLabel: input.responsible,
          status: input.status,
          result,
        };
        if (id) {
          const { count } = await tx.workPlanItem.updateMany({ where: { ...scope, id }, data });
          if (count === 0) throw new AppError("NOT_FOUND");
        } else {
          const last = await tx.workPlanItem.aggregate({ where: scope, _max: { position: true } });
          const position = (last._max.position ?? 0) + 1;
          id = (await tx.workPlanItem.create({ data: { ...scope, ...data, position }, select: { id: true } })).id;
        }
      } else {
        if (!programme.forms.includes(input.plan))
          throw new AppError("INVALID", "Эта форма наставничества не входит в программу.");
        const data = {
          title: input.title,
          task: input.task || null,
          period: input.period,
          responsible: input.responsible,
          status: input.status,
          result,
        };
        if (id) {
          const { count } = await tx.modulePlanItem.updateMany({ where: { ...scope, form: input.plan, id }, data });
          if (count === 0) throw new AppError("NOT_FOUND");
        } else {
          const last = await tx.modulePlanItem.aggregate({ where: { ...scope, form: input.plan }, _max: { position: true } });
          const position = (last._max.position ?? 0) + 1;
          id = (await tx.modulePlanItem.create({ data: { ...scope, form: input.plan, ...data, position }, select: { id: true } }))
            .id;
        }
      }
      await recordAudit(tx, viewer, {
        action: input.id ? "plan-row.update" : "plan-row.add",
        entityType: input.plan === "WORK" ? "WorkPlanItem" : "ModulePlanItem",
        entityId: id,
        details: { plan: input.plan, status: input.status },
      });
      return { id };
    });
    for (const path of ["/curator/programme/plans", "/roadmap"]) revalidatePath(path);
    return saved;
  },
);
