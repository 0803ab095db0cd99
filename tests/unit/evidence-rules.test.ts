import { describe, expect, it } from "vitest";
import { checkEvidenceFile, cleanFileName, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-rules";

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

describe("evidence files", () => {
  it("accepts a PDF by extension and content", () => {
    expect(checkEvidenceFile("Протокол.PDF", pdf)).toEqual({ ok: true, mime: "application/pdf" });
  });
  it("refuses an unknown type, a disguised file, an empty and a too large one", () => {
    expect(checkEvidenceFile("run.exe", pdf)).toMatchObject({ ok: false, error: expect.stringContaining("PDF, JPG") });
    expect(checkEvidenceFile("photo.png", pdf)).toEqual({ ok: false, error: "Содержимое файла не соответствует его расширению" });
    expect(checkEvidenceFile("a.pdf", new Uint8Array())).toEqual({ ok: false, error: "Файл пустой" });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(pdf);
    expect(checkEvidenceFile("a.pdf", big)).toEqual({ ok: false, error: "Файл больше 10 МБ" });
  });
  it("keeps only a plain file name", () => {
    expect(cleanFileName('C:\\fakepath\\Отчёт "итог".pdf')).toBe("Отчёт _итог_.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
  });
});
