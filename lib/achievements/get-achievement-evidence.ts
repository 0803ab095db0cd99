import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { can } from "@/lib/permissions";
import { achievablePairs } from "./achievable-pairs";
import { ownOrChildAchievements } from "./list-family-achievements";

/**
 * An achievement's evidence file for download: the pair's mentor or the curator of its school, and the mentee it belongs
 * to or that mentee's parent.
 */
export async function getAchievementEvidence(viewer: Viewer, achievementId: string) {
  const scopes = [
    ...(can(viewer, "achievement:record") ? [{ schoolId: viewer.schoolId, mentorship: achievablePairs(viewer) }] : []),
    ...(can(viewer, "achievement:read-own") ? [ownOrChildAchievements(viewer)] : []),
  ];
  if (scopes.length === 0) throw new AppError("FORBIDDEN");
  const row = await db.achievement.findFirst({
    where: {
      id: achievementId,
      schoolId: viewer.schoolId,
      OR: scopes,
      evidenceStorageKey: { not: null },
    },
    select: { evidenceStorageKey: true, evidenceFileName: true, evidenceMimeType: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    fileName: row.evidenceFileName ?? "file",
    mimeType: row.evidenceMimeType ?? "application/octet-stream",
    bytes: await readStoredFile(row.evidenceStorageKey!),
  };
}
