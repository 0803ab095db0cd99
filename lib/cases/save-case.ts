"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveCaseSchema } from "./case-schema";

/** The curator edits a case's text and chooses what it reveals; a published case changes on the public page at once. */
export const saveCase = defineAction({ schema: saveCaseSchema, permission: "case:write" }, async (input, viewer) => {
  const { caseId, ...data } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.practiceCase.updateMany({
      where: { id: caseId, schoolId: viewer.schoolId, anonymisedAt: null },
      data,
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, viewer, {
      action: "case.update",
      entityType: "PracticeCase",
      entityId: caseId,
      details: {
        showGoal: data.showGoal,
        showPlan: data.showPlan,
        showMeetings: data.showMeetings,
        showAchievements: data.showAchievements,
        showMonitoring: data.showMonitoring,
        showNames: data.showNames,
      },
    });
  });
  revalidatePath("/curator/cases");
  revalidatePath(`/curator/cases/${caseId}`);
  return { id: caseId };
});
