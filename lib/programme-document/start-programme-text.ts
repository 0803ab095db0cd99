"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { textTemplate } from "./text-template";

/** The first version of the programme's text, from the template for the programme's forms. */
export const startProgrammeText = defineAction(
  { schema: z.object({}), permission: "programme-document:edit" },
  async (_input, viewer) => {
    const programme = await findProgramme(viewer);
    try {
      const version = await db.$transaction(async (tx) => {
        const created = await tx.programmeTextVersion.create({
          data: {
            schoolId: viewer.schoolId,
            programmeId: programme.id,
            number: 1,
            sections: textTemplate(programme),
            createdById: viewer.userId,
          },
          select: { id: true },
        });
        await recordAudit(tx, viewer, {
          action: "programme-text.start",
          entityType: "ProgrammeTextVersion",
          entityId: created.id,
        });
        return created;
      });
      revalidatePath("/curator/programme");
      return version;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Текст программы уже создан. Обновите страницу.");
      throw error;
    }
  },
);
