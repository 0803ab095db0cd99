"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { matchSettingsSchema } from "@/lib/matching/score/match-settings-schema";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";

/** The curator sets the programme's matching: criteria weights, must criteria, the class gap, role models, the goal. */
export const saveMatchSettings = defineAction(
  { schema: matchSettingsSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    const programme = await findCurrentProgramme(viewer.schoolId);
    if (!programme) throw new AppError("INVALID", "Сначала начните программу наставничества учебного года.");
    await db.$transaction(async (tx) => {
      await tx.programme.updateMany({ where: { id: programme.id, schoolId: viewer.schoolId }, data: { matchSettings: input } });
      await recordAudit(tx, viewer, {
        action: "matching.settings",
        entityType: "Programme",
        entityId: programme.id,
        details: input,
      });
    });
    revalidatePath("/curator/pairs");
    revalidatePath("/curator/pairs/settings");
    return { programmeId: programme.id };
  },
);
