import ExcelJS from "exceljs";

/** A date cell as «дд.мм.гггг»: exceljs gives dates as UTC midnight of the spreadsheet's day. */
function dateText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

export interface XlsxSheet {
  name: string;
  /** Rows of cell texts; a row's missing cells and the covered cells of a merged range are empty strings. */
  rows: string[][];
  hidden: boolean;
}

/** Every worksheet of a workbook, in the workbook's order. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        // exceljs repeats a merged range's value in every cell: keep it once, as the spreadsheet shows it.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        cells[column - 1] = covered ? "" : cellText(cell.value).trim();
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
    });
    return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []), hidden: sheet.state !== "visible" };
  });
}
