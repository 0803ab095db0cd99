"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildProgramme } from "./build-programme";
import { loadTemplate } from "./load-template";
import { startProgrammeSchema } from "./programme-schema";
import { schoolYearLabel } from "./schedule";

/** Starts the programme of a school year from a template: stages, roadmap items with deadlines, and the work plan. */
export const startProgramme = defineAction(
  { schema: startProgrammeSchema, permission: "programme:start" },
  async ({ startYear, forms, templateId }, viewer) => {
    const programme = await db.$transaction(async (tx) => {
      const existing = await tx.programme.findFirst({ where: { schoolId: viewer.schoolId, startYear }, select: { id: true } });
      if (existing) {
        throw new AppError("INVALID", "Проверьте поля формы.", {
          startYear: [`Программа на ${schoolYearLabel(startYear)} уже есть`],
        });
      }
      const content = await loadTemplate(tx, viewer.schoolId, templateId);
      const heads = await tx.membership.findMany({
        where: {
          schoolId: viewer.schoolId,
          role: { in: ["CURATOR", "DIRECTOR"] },
          deactivatedAt: null,
          user: { isActive: true },
        },
        orderBy: { id: "asc" },
        select: { userId: true, role: true },
      });
      const first = (role: "CURATOR" | "DIRECTOR") =>
        heads.find((h) => h.role === role && h.userId === viewer.userId)?.userId ??
        heads.find((h) => h.role === role)?.userId ??
        null;
      const plan = buildProgramme({
        schoolId: viewer.schoolId,
        startYear,
        forms: [...new Set(forms)],
        content,
        newId: randomUUID,
        responsible: { CURATOR: first("CURATOR"), DIRECTOR: first("DIRECTOR") },
      });
      await tx.programme.createMany({ data: [plan.programme] });
      await tx.programmeStage.createMany({ data: plan.stages });
      await tx.roadmapItem.createMany({ data: plan.items });
      await tx.workPlanItem.createMany({ data: plan.workPlan });
      await recordAudit(tx, viewer, {
        action: "programme.start",
        entityType: "Programme",
        entityId: plan.programme.id!,
        details: { startYear },
      });
      return { id: plan.programme.id!, startYear };
    });
    revalidatePath("/curator", "layout");
    return programme;
  },
);
