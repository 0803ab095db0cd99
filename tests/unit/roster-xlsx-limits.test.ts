import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { analyseRosterFile } from "@/lib/roster/analyse-roster-file";
import { checkXlsxSize, MAX_ROSTER_ROWS, XLSX_BROKEN, XLSX_TOO_BIG, XLSX_TOO_MANY_ROWS } from "@/lib/roster/check-xlsx-size";
import { readRosterFixture } from "../support/roster-files";

const SHEET = "xl/worksheets/sheet1.xml";

/** The committed roster XLSX with its first sheet's XML changed: the files are made here, never committed. */
async function withSheet(change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readRosterFixture("pupils-8-ids.xlsx"));
  const xml = await zip.file(SHEET)!.async("string");
  zip.file(SHEET, change(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

const rowsXml = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Ученик ${i}</t></is></c></row>`,
  ).join("");

/** Writes a smaller uncompressed size into the local and central headers of one part: the zip lies about it. */
function understate(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const nameAt = (at: number) => nameBytes.every((byte, i) => out[at + i] === byte);
  for (let at = 0; at < out.length - 46; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

const analyse = (bytes: Uint8Array) => analyseRosterFile("PUPILS", "bomb.xlsx", bytes);

describe("an XLSX roster is refused before it is unpacked and parsed", () => {
  it("when it unpacks to more than 20 MB, however small the file", async () => {
    const bomb = await withSheet((xml) => xml.replace("<sheetData>", `<sheetData>${" ".repeat(30 * 1024 * 1024)}`));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    expect(await analyse(bomb)).toEqual({ ok: false, error: XLSX_TOO_BIG });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("when its headers understate what a part unpacks to", async () => {
    const bomb = await withSheet((xml) => xml.replace("<sheetData>", `<sheetData>${" ".repeat(30 * 1024 * 1024)}`));
    expect(await analyse(understate(bomb, SHEET, 4096))).toEqual({ ok: false, error: XLSX_BROKEN });
  });

  it("when a sheet has more rows than a roster can have, listed or skipped to", async () => {
    const many = await withSheet((xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rowsXml(MAX_ROSTER_ROWS + 1)}</sheetData>`),
    );
    expect(await analyse(many)).toEqual({ ok: false, error: XLSX_TOO_MANY_ROWS });
    const far = await withSheet((xml) =>
      xml.replace("</sheetData>", `<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>`),
    );
    expect(await analyse(far)).toEqual({ ok: false, error: XLSX_TOO_MANY_ROWS });
  });

  it("while a sheet of the limit's size passes, and a real roster still reads", async () => {
    const full = await withSheet((xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rowsXml(MAX_ROSTER_ROWS - 1)}</sheetData>`),
    );
    expect(await checkXlsxSize(full)).toBeNull();
    expect(await analyse(readRosterFixture("pupils-8-ids.xlsx"))).toMatchObject({ ok: true });
  });
});
