import type ExcelJS from "exceljs";
import { estimateRowHeight } from "./estimate-row-height";

/** A font every office suite has (LibreOffice substitutes the metric-compatible Liberation Sans). */
export const xlsxFont = { name: "Arial", size: 10 };

export interface TableColumn {
  header: string;
  width: number;
  /** Number format of the column's cells: «dd.mm.yyyy» for dates, «0.00» for means. */
  numFmt?: string;
}

export interface TableSheetOptions {
  name: string;
  /** Lines above the table (school, title, subtitle); the first is bold and larger. */
  titles: string[];
  columns: TableColumn[];
  orientation: "portrait" | "landscape";
}

export interface TableSheet {
  sheet: ExcelJS.Worksheet;
  /** Adds a data row: typed values as given, the named font, borders, wrapped text and a height that fits it. */
  addRow(values: (string | number | Date | null)[], options?: { bold?: boolean }): ExcelJS.Row;
  /** The autofilter over the header and every data row: call once the rows are added. */
  finish(): void;
}

const thin = { style: "thin" as const, color: { argb: "FF666666" } };
const border = { top: thin, bottom: thin, left: thin, right: thin };

const cellText = (value: string | number | Date | null) =>
  value === null ? "" : value instanceof Date ? "00.00.0000" : String(value);

/**
 * A sheet that reads and prints well in Excel and LibreOffice: A4 fitted to the page width (the fitToPage flag set),
 * the header row repeated on every printed page and frozen on screen, page numbers in the footer, no merged cells.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, options: TableSheetOptions): TableSheet {
  const headerRow = options.titles.length + 2;
  const sheet = workbook.addWorksheet(options.name, {
    pageSetup: {
      paperSize: 9,
      orientation: options.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&CСтраница &P из &N" },
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }],
  });
  const widths = options.columns.map((column) => column.width);
  sheet.columns = widths.map((width) => ({ width }));
  options.titles.forEach((text, i) => {
    const font = i === 0 ? { ...xlsxFont, size: 12, bold: true } : xlsxFont;
    const row = sheet.addRow([text]);
    row.getCell(1).font = font;
    row.height = font.size * 1.3 + 4;
  });
  sheet.addRow([]);

  const addRow: TableSheet["addRow"] = (values, { bold = false } = {}) => {
    const row = sheet.addRow(values);
    const font = { ...xlsxFont, bold };
    options.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.font = font;
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (column.numFmt) cell.numFmt = column.numFmt;
    });
    row.height = estimateRowHeight(values.map(cellText), widths, font);
    return row;
  };

  const header = addRow(
    options.columns.map((column) => column.header),
    { bold: true },
  );
  header.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
  });

  return {
    sheet,
    addRow,
    finish: () => {
      sheet.autoFilter = {
        from: { row: headerRow, column: 1 },
        to: { row: Math.max(headerRow, sheet.rowCount), column: options.columns.length },
      };
    },
  };
}
