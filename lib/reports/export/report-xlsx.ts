import ExcelJS from "exceljs";
import { addTableSheet } from "@/lib/xlsx/add-table-sheet";
import type { ReportDocument } from "./report-document";

/** The report as a workbook: one sheet per table, typed numbers, printable on A4 (lib/xlsx/add-table-sheet.ts). */
export async function reportXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  doc.tables.forEach((table, i) => {
    // Sheet names: at most 31 characters, no []:*?/\ and unique.
    const name = `${i + 1}. ${table.title}`.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
    const sheet = addTableSheet(workbook, {
      name,
      titles: [doc.title, ...doc.subtitles, table.title],
      columns: table.columns,
      orientation: table.columns.length > 5 ? "landscape" : "portrait",
    });
    for (const row of table.rows) sheet.addRow(row);
    if (table.note) sheet.sheet.addRow([table.note]);
    sheet.finish();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
