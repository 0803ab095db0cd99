import { checkEvidenceFile } from "./evidence-rules";

/** Scans of signed paper forms: a PDF or a photo, up to 10 MB, checked by content like evidence files. */
export const ALLOWED_SCAN_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"];

export function checkScanFile(fileName: string, bytes: Uint8Array): { ok: true; mime: string } | { ok: false; error: string } {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  if (!ALLOWED_SCAN_EXTENSIONS.includes(extension)) return { ok: false, error: "Можно загрузить PDF, JPG или PNG" };
  return checkEvidenceFile(fileName, bytes);
}
