"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { modulePlanTemplate } from "./module-plan-template";
import { startModulePlanSchema } from "./plan-schemas";

/** Fills an empty module plan of a form from the template of main events, which the school then edits. */
export const startModulePlan = defineAction(
  { schema: startModulePlanSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    if (!programme.forms.includes(input.form)) throw new AppError("INVALID", "Эта форма наставничества не входит в программу.");
    const scope = { schoolId: viewer.schoolId, programmeId: programme.id, form: input.form };
    const created = await db.$transaction(async (tx) => {
      if (await tx.modulePlanItem.count({ where: scope })) {
        throw new AppError("CONFLICT", "В плане модуля уже есть мероприятия. Обновите страницу.");
      }
      const { count } = await tx.modulePlanItem.createMany({
        data: modulePlanTemplate.map((row, i) => ({ ...scope, ...row, position: i + 1 })),
      });
      await recordAudit(tx, viewer, {
        action: "module-plan.start",
        entityType: "Programme",
        entityId: programme.id,
        details: { form: input.form, rows: count },
      });
      return count;
    });
    revalidatePath("/curator/programme/plans");
    return { created };
  },
);
