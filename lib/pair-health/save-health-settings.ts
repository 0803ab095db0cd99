"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { healthSettingsSchema } from "./health-settings-schema";

/** Saves the school's thresholds of pair health (the curator). */
export const saveHealthSettings = defineAction(
  { schema: healthSettingsSchema, permission: "pair-health:settings" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      await tx.pairHealthSettings.upsert({
        where: { schoolId: viewer.schoolId },
        update: { ...input, updatedById: viewer.userId },
        create: { ...input, schoolId: viewer.schoolId, updatedById: viewer.userId },
      });
      await recordAudit(tx, viewer, {
        action: "pair-health.settings",
        entityType: "School",
        entityId: viewer.schoolId,
        details: input,
      });
    });
    revalidatePath("/curator/pair-health");
    return input;
  },
);
