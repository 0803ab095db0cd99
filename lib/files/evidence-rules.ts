export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const zip = [0x50, 0x4b, 0x03, 0x04];

/** File types accepted as evidence, recognised by extension and by their first bytes (not by what the browser claims). */
const allowed: Record<string, { mime: string; magic: number[] }> = {
  pdf: { mime: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  png: { mime: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mime: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
};

export const ALLOWED_EVIDENCE_EXTENSIONS = Object.keys(allowed);

/** The stored MIME type, or a message in Russian saying why the file is refused. */
export function checkEvidenceFile(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; mime: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: "Файл пустой" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, error: "Файл больше 10 МБ" };
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  const type = allowed[extension];
  if (!type) return { ok: false, error: "Можно загрузить PDF, JPG, PNG, DOCX, XLSX или PPTX" };
  if (!type.magic.every((byte, i) => bytes[i] === byte))
    return { ok: false, error: "Содержимое файла не соответствует его расширению" };
  return { ok: true, mime: type.mime };
}

/** A file name safe to show and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  return base.replace(/[\u0000-\u001f"<>|:*?]/g, "_").slice(0, 200) || "file";
}
