import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { workableRoadmapItems } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { assertCan, can } from "@/lib/permissions";

/** An evidence file for download: only editors and the item's responsible people get it. */
export async function getEvidenceFile(viewer: Viewer, evidenceId: string) {
  assertCan(viewer, "roadmap:update-own");
  const evidence = await db.roadmapEvidence.findFirst({
    where: { id: evidenceId, schoolId: viewer.schoolId, item: workableRoadmapItems(viewer, can(viewer, "roadmap:edit")) },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!evidence) throw new AppError("NOT_FOUND");
  return { ...evidence, bytes: await readStoredFile(evidence.storageKey) };
}
