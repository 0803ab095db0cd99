import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { assertCan } from "@/lib/permissions";

/** The scan of a signed paper consent, for those who read consents; the read is logged. */
export async function getConsentScan(viewer: Viewer, consentId: string) {
  assertCan(viewer, "consent:read");
  const consent = await db.consent.findFirst({
    where: { id: consentId, schoolId: viewer.schoolId, scanStorageKey: { not: null } },
    select: { subjectId: true, scanFileName: true, scanMimeType: true, scanStorageKey: true },
  });
  if (!consent?.scanStorageKey) throw new AppError("NOT_FOUND");
  await recordReads(viewer, [consent.subjectId], "Скан согласия");
  return {
    fileName: consent.scanFileName ?? "scan",
    mimeType: consent.scanMimeType ?? "application/octet-stream",
    bytes: await readStoredFile(consent.scanStorageKey),
  };
}
