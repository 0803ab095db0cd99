import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { assertCan } from "@/lib/permissions";
import { achievablePairs } from "./achievable-pairs";

/** An achievement's evidence file for download: the pair's mentor or the curator of its school only. */
export async function getAchievementEvidence(viewer: Viewer, achievementId: string) {
  assertCan(viewer, "achievement:record");
  const row = await db.achievement.findFirst({
    where: {
      id: achievementId,
      schoolId: viewer.schoolId,
      mentorship: achievablePairs(viewer),
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
