import type { RosterKind } from "@/lib/generated/prisma/enums";
import { findHeaderRow, findListHeader } from "./guess-mapping";
import type { XlsxSheet } from "./read-xlsx-sheets";

export interface RosterListSheet {
  name: string;
  rows: string[][];
  /** Index of the header row in `rows`. */
  headerRow: number;
}

const hasData = (rows: string[][]) => rows.some((row) => row.some((cell) => cell.trim() !== ""));

/**
 * The sheets that hold a list of people: every visible sheet with a header naming at least two fields (a workbook with a
 * sheet per class is read whole). Sheets passed over are named in the notes, never dropped silently. When no sheet has
 * such a header, the first sheet with data is read from its first row, for the user to map the columns by hand.
 */
export function pickRosterSheets(kind: RosterKind, sheets: XlsxSheet[]): { lists: RosterListSheet[]; notes: string[] } {
  const notes: string[] = [];
  const filled = sheets.filter((sheet) => hasData(sheet.rows));
  for (const sheet of filled.filter((s) => s.hidden)) notes.push(`Лист «${sheet.name}» скрыт в книге и не прочитан.`);
  const visible = filled.filter((sheet) => !sheet.hidden);
  let lists = visible.flatMap((sheet) => {
    const headerRow = findListHeader(kind, sheet.rows);
    return headerRow === null ? [] : [{ name: sheet.name, rows: sheet.rows, headerRow }];
  });
  if (lists.length === 0 && visible.length) {
    lists = [{ name: visible[0].name, rows: visible[0].rows, headerRow: findHeaderRow(kind, visible[0].rows) }];
  }
  for (const sheet of visible) {
    if (!lists.some((list) => list.name === sheet.name)) notes.push(`Лист «${sheet.name}» пропущен: в нём нет списка людей.`);
  }
  return { lists, notes };
}
