import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { resultsXlsx } from "@/lib/questionnaires/results/results-xlsx";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";
import { openDocx, openXlsx, paragraphs } from "../support/office-xml";
import { sampleResults, sampleRoadmapDocument, sampleSchool } from "../support/sample-documents";

// What LibreOffice, Р7-Офис, МойОфис and Excel read from the files: checked in the XML, no office suite needed
// (scripts/check-documents.ts converts the same documents with LibreOffice for a human to look at).

type Sheet = Awaited<ReturnType<typeof openXlsx>>;

/** Print settings, frozen header, autofilter, font, no merges, and row heights every renderer needs at least. */
async function expectPrintableTable(file: Sheet, name: string, headerRow: number, orientation: string) {
  const xml = await file.sheetXml(name);
  const sheet = file.book.getWorksheet(name)!;
  expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(xml).toMatch(new RegExp(`<pageSetup paperSize="9" orientation="${orientation}"[^>]* fitToWidth="1" fitToHeight="0"`));
  const quoted = `(&apos;)?${name}(&apos;)?`;
  expect(file.workbookXml).toMatch(
    new RegExp(`<definedName name="_xlnm.Print_Titles"[^>]*>${quoted}!\\$${headerRow}:\\$${headerRow}</definedName>`),
  );
  expect(xml).toContain(`<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`);
  const columns = sheet.columnCount;
  const last = String.fromCharCode(64 + columns);
  expect(xml).toContain(`<autoFilter ref="A${headerRow}:${last}${sheet.rowCount}"/>`);
  expect(xml).not.toContain("<mergeCell");
  expect(sheet.headerFooter.oddFooter).toContain("&P");
  for (let r = headerRow; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    expect(row.height, `row ${r} of «${name}» has a height`).toBeGreaterThan(0);
    row.eachCell((cell, c) => {
      expect(cell.font?.name, `${cell.address} names its font`).toBe("Arial");
      expect(cell.alignment?.wrapText).toBe(true);
      // No renderer fits more than 1.4 letters of Arial 10 in a width unit, nor a line in less than 11 points.
      const text = cell.type === ExcelJS.ValueType.Date ? "дд.мм.гггг" : String(cell.text);
      const lines = Math.ceil(text.length / (sheet.getColumn(c).width! * 1.4));
      expect(row.height, `${cell.address} fits its text`).toBeGreaterThanOrEqual(lines * 11);
    });
  }
}

describe("the roadmap XLSX", () => {
  it("prints on A4 fitted to the width, with the header repeated, frozen and filtered, rows tall enough", async () => {
    const file = await openXlsx(await roadmapXlsx(sampleRoadmapDocument()));
    await expectPrintableTable(file, "Дорожная карта", 5, "landscape");
    await expectPrintableTable(file, "План работы", 4, "landscape");
    const stage = file.book.getWorksheet("Дорожная карта")!.getRow(6);
    expect(stage.height).toBeGreaterThanOrEqual(60);
  });

  it("types its cells: the item's last day a date, the work plan's number a number", async () => {
    const file = await openXlsx(await roadmapXlsx(sampleRoadmapDocument()));
    const roadmap = file.book.getWorksheet("Дорожная карта")!;
    const item = roadmap.getRows(6, roadmap.rowCount)!.find((row) => row.getCell(1).value === "1.2")!;
    expect(item.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(item.getCell(4).value).toEqual(new Date(Date.UTC(2026, 9, 31)));
    expect(item.getCell(4).numFmt).toBe("dd.mm.yyyy");
    expect(item.getCell(1).type).toBe(ExcelJS.ValueType.String); // «1.10» is a code, not 1.1
    const plan = file.book.getWorksheet("План работы")!;
    expect(plan.getRow(5).getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(roadmap.getRow(3).getCell(1).value).toContain("УТВЕРЖДАЮ");
  });
});

describe("the questionnaire results XLSX", () => {
  it("prints like a report and keeps counts, means, medians and shares as numbers", async () => {
    const file = await openXlsx(await resultsXlsx(sampleResults(), "Все ответы"));
    await expectPrintableTable(file, "Итоги", 4, "landscape");
    await expectPrintableTable(file, "Варианты", 4, "portrait");
    const summary = file.book.getWorksheet("Итоги")!;
    const scale = summary.getRow(5);
    expect([1, 4, 5].map((c) => scale.getCell(c).type)).toEqual(Array(3).fill(ExcelJS.ValueType.Number));
    expect(scale.getCell(5).value).toBe(4.2);
    expect(summary.getRow(6).getCell(7).value).toBe(10);
    expect(summary.getRow(9).getCell(4).value).toBeNull();
    expect(summary.getRow(9).getCell(6).value).toMatch(/^Меньше 5 ответивших/);
    const options = file.book.getWorksheet("Варианты")!;
    expect(options.getRow(5).values).toEqual([undefined, 1, "Насколько полезны для вас встречи с наставником?", "1", 0, 0]);
    expect(options.getRow(9).getCell(5)).toMatchObject({ value: 0.42, numFmt: "0%" });
    // The hidden question gives no options.
    expect(options.getRows(5, options.rowCount - 4)!.every((row) => row.getCell(1).value !== 5)).toBe(true);
  });
});

describe("the roadmap DOCX", () => {
  it("has the approval block, page numbers, black headings, rows that do not break and the work plan on a new page", async () => {
    const { document, styles, footers } = await openDocx(await roadmapDocx(sampleRoadmapDocument()));
    const texts = paragraphs(document);
    const at = texts.indexOf("УТВЕРЖДАЮ");
    expect(texts.slice(at, at + 4)).toEqual([
      "УТВЕРЖДАЮ",
      `Директор ${sampleSchool}`,
      "_______________ О.\u00A0П.\u00A0Сидоров",
      "Приказ от «___» ____________ 20___ г. № _____",
    ]);
    expect(at).toBeLessThan(texts.indexOf("Дорожная карта целевой модели наставничества"));
    expect(document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(footers.join("")).toMatch(/<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*>PAGE<\/w:instrText>/);
    for (const id of ["Heading1", "Heading2"]) {
      const style = styles.split(`w:styleId="${id}"`)[1].split("</w:style>")[0];
      expect(style).toContain('<w:color w:val="000000"/>');
    }
    expect(styles).not.toMatch(/2E74B5|1F4D78/i);
    const rows = document.match(/<w:tr>/g)!.length;
    expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(rows);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const plan = document.split("План работы</w:t>")[0].split("<w:p>").at(-1)!;
    expect(plan).toContain("<w:pageBreakBefore/>");
  });

  it("names the order when it is known", async () => {
    const doc = sampleRoadmapDocument({ orderNumber: "112-од", orderDate: new Date(Date.UTC(2026, 7, 28)) });
    const texts = paragraphs((await openDocx(await roadmapDocx(doc))).document);
    expect(texts).toContain("Приказ от 28.08.2026 № 112-од");
  });
});
