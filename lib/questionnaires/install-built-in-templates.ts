"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { builtInTemplates } from "./library";
import { builtInTemplateRows } from "./library/template-rows";

/** Gives the school the built-in questionnaires it does not have yet (by key, whatever version it has edited them to). */
export const installBuiltInTemplates = defineAction(
  { schema: z.object({}), permission: "questionnaire:manage-templates" },
  async (_input, viewer) => {
    const installed = await db.$transaction(async (tx) => {
      // Serialises concurrent installs in one school, so a double click cannot add a template twice.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`questionnaire-install:${viewer.schoolId}`}))`;
      const present = await tx.questionnaireTemplate.findMany({
        where: { schoolId: viewer.schoolId, builtInKey: { not: null } },
        select: { builtInKey: true },
        distinct: ["builtInKey"],
      });
      const have = new Set(present.map((t) => t.builtInKey));
      const missing = builtInTemplates.filter((t) => !have.has(t.key));
      if (missing.length === 0) return [];
      const rows = builtInTemplateRows(viewer.schoolId, missing, randomUUID);
      await tx.questionnaireTemplate.createMany({ data: rows.templates });
      await tx.question.createMany({ data: rows.questions });
      for (const t of rows.templates) {
        await recordAudit(tx, viewer, {
          action: "questionnaire-template.install",
          entityType: "QuestionnaireTemplate",
          entityId: t.id,
          details: { builtInKey: t.builtInKey },
        });
      }
      return rows.templates.map((t) => t.builtInKey);
    });
    revalidatePath("/curator/questionnaires");
    return { installed };
  },
);
