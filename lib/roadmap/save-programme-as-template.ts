"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveTemplateSchema } from "./save-template-schema";
import { templateFromProgramme } from "./template-from-programme";
import { templateContentSchema } from "./template-schema";

/** Keeps this year's edited roadmap and work plan as the school's template for next year (same name → replaced). */
export const saveProgrammeAsTemplate = defineAction(
  { schema: saveTemplateSchema, permission: "programme:start" },
  async ({ programmeId, name }, viewer) => {
    const [programme, directors] = await Promise.all([
      db.programme.findFirst({
        where: { id: programmeId, schoolId: viewer.schoolId },
        select: {
          startYear: true,
          stages: {
            orderBy: { position: "asc" },
            select: {
              number: true,
              title: true,
              task: true,
              result: true,
              items: {
                orderBy: { position: "asc" },
                select: { code: true, title: true, deadlineLabel: true, dueOn: true, responsibleId: true, status: true },
              },
            },
          },
          workPlan: { orderBy: { position: "asc" }, select: { title: true, deadlineLabel: true, responsibleLabel: true } },
        },
      }),
      db.membership.findMany({ where: { schoolId: viewer.schoolId, role: "DIRECTOR" }, select: { userId: true } }),
    ]);
    if (!programme) throw new AppError("NOT_FOUND");
    const parsed = templateContentSchema.safeParse(templateFromProgramme(programme, new Set(directors.map((d) => d.userId))));
    if (!parsed.success) throw new AppError("INVALID", "Из этой программы нельзя сделать шаблон: в ней нет всех семи этапов.");
    const content = parsed.data;
    const template = await db.$transaction(async (tx) => {
      const saved = await tx.roadmapTemplate.upsert({
        where: { schoolId_name: { schoolId: viewer.schoolId, name } },
        create: { schoolId: viewer.schoolId, name, content },
        update: { content },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "roadmap-template.save",
        entityType: "RoadmapTemplate",
        entityId: saved.id,
        details: { programmeId },
      });
      return saved;
    });
    revalidatePath("/curator", "layout");
    return template;
  },
);
