"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { swotSchema } from "./swot-schema";

/** Saves the curator's SWOT analysis of the school's latest programme. */
export const saveSwot = defineAction({ schema: swotSchema, permission: "monitoring:edit-swot" }, async (input, viewer) => {
  const programme = await db.programme.findFirst({
    where: { schoolId: viewer.schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true },
  });
  if (!programme) throw new AppError("NOT_FOUND", "Программа наставничества ещё не создана.");
  const swot = await db.$transaction(async (tx) => {
    const saved = await tx.programmeSwot.upsert({
      where: { programmeId: programme.id },
      create: { schoolId: viewer.schoolId, programmeId: programme.id, updatedById: viewer.userId, ...input },
      update: { updatedById: viewer.userId, ...input },
      select: { id: true, updatedAt: true },
    });
    await recordAudit(tx, viewer, { action: "programme-swot.save", entityType: "ProgrammeSwot", entityId: saved.id });
    return saved;
  });
  revalidatePath("/curator/monitoring");
  revalidatePath("/director");
  return swot;
});
