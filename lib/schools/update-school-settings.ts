"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { schoolSettingsSchema } from "./school-settings-schema";

/** Sets the school's time zone: every moment in the app is shown in it and "today" is counted in it from now on. */
export const updateSchoolSettings = defineAction(
  { schema: schoolSettingsSchema, permission: "school:settings" },
  async ({ timeZone }, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.school.findFirst({ where: { id: viewer.schoolId }, select: { timeZone: true } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.school.updateMany({ where: { id: viewer.schoolId }, data: { timeZone } });
      await recordAudit(tx, viewer, {
        action: "school.settings",
        entityType: "School",
        entityId: viewer.schoolId,
        details: { timeZone: { from: before.timeZone, to: timeZone } },
      });
      return { timeZone };
    });
    revalidatePath("/", "layout");
    return result;
  },
);
