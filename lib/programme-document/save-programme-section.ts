"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { applySection } from "./apply-section";
import { findProgramme } from "./find-programme";
import { readSections } from "./sections-schema";
import { saveSectionSchema } from "./text-schemas";

const changed = () => new AppError("CONFLICT", "Текст программы уже изменили: обновите страницу и повторите правку.");

/**
 * Saves one section. A draft changes in place; an approved version is never touched: the change makes the next version,
 * a draft that the director approves again. The form names the version it edited, so a stale form is refused.
 */
export const saveProgrammeSection = defineAction(
  { schema: saveSectionSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    if ("form" in input && !programme.forms.includes(input.form)) {
      throw new AppError("INVALID", "Эта форма наставничества не входит в программу.");
    }
    const latest = await db.programmeTextVersion.findFirst({
      where: { schoolId: viewer.schoolId, programmeId: programme.id },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true, sections: true, updatedAt: true },
    });
    if (!latest) throw new AppError("NOT_FOUND", "Сначала создайте текст программы по шаблону.");
    if (latest.id !== input.versionId) throw changed();
    const sections = applySection(readSections(latest.sections), input);
    try {
      const saved = await db.$transaction(async (tx) => {
        let result: { id: string; number: number; created: boolean };
        if (latest.status === "DRAFT") {
          const { count } = await tx.programmeTextVersion.updateMany({
            where: { id: latest.id, schoolId: viewer.schoolId, status: "DRAFT", updatedAt: latest.updatedAt },
            data: { sections },
          });
          if (count === 0) throw changed();
          result = { id: latest.id, number: latest.number, created: false };
        } else {
          const next = await tx.programmeTextVersion.create({
            data: {
              schoolId: viewer.schoolId,
              programmeId: programme.id,
              number: latest.number + 1,
              sections,
              createdById: viewer.userId,
            },
            select: { id: true, number: true },
          });
          result = { ...next, created: true };
        }
        await recordAudit(tx, viewer, {
          action: "programme-text.edit",
          entityType: "ProgrammeTextVersion",
          entityId: result.id,
          details: { section: input.section, ...("form" in input ? { form: input.form } : {}) },
        });
        return result;
      });
      for (const path of ["/curator/programme", "/director/programme"]) revalidatePath(path);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) throw changed();
      throw error;
    }
  },
);
