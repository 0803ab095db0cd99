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

/** The first worksheet that has any data, as rows of cell texts (a row's missing cells are empty strings). */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ rows: string[][]; sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0];
  const rows: string[][] = [];
  if (!sheet) return { rows, sheetName: "" };
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return { rows: Array.from(rows, (row) => row ?? []), sheetName: sheet.name };
}
