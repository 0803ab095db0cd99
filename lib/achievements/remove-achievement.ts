"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deleteStoredFile } from "@/lib/files/file-store";
import { achievablePairs } from "./achievable-pairs";
import { removeAchievementSchema } from "./achievement-schema";

/** Removes an achievement recorded by mistake, with its file: the pair's mentor or the curator. */
export const removeAchievement = defineAction(
  { schema: removeAchievementSchema, permission: "achievement:record" },
  async ({ achievementId }, viewer) => {
    const achievement = await db.achievement.findFirst({
      where: { id: achievementId, schoolId: viewer.schoolId, mentorship: achievablePairs(viewer) },
      select: { id: true, mentorshipId: true, evidenceStorageKey: true, kind: true },
    });
    if (!achievement) throw new AppError("NOT_FOUND");
    await db.$transaction(async (tx) => {
      await tx.achievement.delete({ where: { id: achievement.id } });
      await recordAudit(tx, viewer, {
        action: "achievement.remove",
        entityType: "Mentorship",
        entityId: achievement.mentorshipId,
        details: { achievementId, kind: achievement.kind },
      });
    });
    if (achievement.evidenceStorageKey) await deleteStoredFile(achievement.evidenceStorageKey);
    revalidatePath(`/mentor/pairs/${achievement.mentorshipId}`);
    revalidatePath(`/curator/pair-health/${achievement.mentorshipId}`);
    return { achievementId };
  },
);
