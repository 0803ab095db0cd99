import { describe, expect, it } from "vitest";
import { checkScanFile } from "@/lib/files/scan-rules";

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]);

describe("scans of signed consent forms", () => {
  it("accepts a PDF or a photo checked by content", () => {
    expect(checkScanFile("Бланк.pdf", pdf)).toEqual({ ok: true, mime: "application/pdf" });
    expect(checkScanFile("фото.JPEG", jpg)).toEqual({ ok: true, mime: "image/jpeg" });
  });
  it("refuses office documents that evidence files allow, and disguised files", () => {
    expect(checkScanFile("бланк.docx", zip)).toEqual({ ok: false, error: "Можно загрузить PDF, JPG или PNG" });
    expect(checkScanFile("бланк.png", pdf)).toEqual({ ok: false, error: "Содержимое файла не соответствует его расширению" });
    expect(checkScanFile("бланк.pdf", new Uint8Array())).toEqual({ ok: false, error: "Файл пустой" });
  });
});
