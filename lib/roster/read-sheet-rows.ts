import type { RosterKind } from "@/lib/generated/prisma/enums";
import { classifyRosterRow, type ClassOfRows } from "./classify-roster-row";
import { readRosterRecord, type RosterRecord } from "./read-roster-record";
import { nameColumns, type RosterMapping } from "./roster-fields";

export interface RosterProblem {
  level: "error" | "warning";
  message: string;
}

export interface CheckedRow {
  /** The sheet of a workbook whose several sheets were read; null for a single list. */
  sheet: string | null;
  /** Row number in the sheet (1-based), as the user sees it in Excel. */
  line: number;
  /** The row as read, cells joined by «; », so the user can find it. */
  text: string;
  /** The name as written in the row (empty for a total or a heading). */
  name: string;
  /** Null for a row that is not a person (then it is skipped) or a row with errors. */
  record: RosterRecord | null;
  problems: RosterProblem[];
  /** The line of an identical earlier row: this one is skipped. */
  duplicateOf: number | null;
  /** The line of the same person's main post: this row is that person's part-time post, and is skipped. */
  partTimeOf: number | null;
}

export interface RosterSheetInput {
  /** Shown with each row when several sheets are read. */
  sheet: string | null;
  rows: string[][];
  headerRow: number;
  mapping: RosterMapping;
  /** The class written above the header or in the sheet's name, for pupils' rows without one. */
  classOfSheet: ClassOfRows | null;
}

const rowText = (cells: string[]) => {
  const end = cells.findLastIndex((cell) => cell.trim() !== "");
  return cells.slice(0, end + 1).join("; ");
};

/**
 * Reads the rows after a sheet's header: a person per row, class rows («Класс: 4 А») setting the class of the rows below,
 * totals and headings kept as skipped rows with a note. Blank rows are left out. Duplicates are found later, file-wide.
 */
export function readSheetRows(kind: RosterKind, input: RosterSheetInput, today: Date): CheckedRow[] {
  const { rows, headerRow, mapping } = input;
  const names = nameColumns(mapping);
  const checked: CheckedRow[] = [];
  let classOfRows = input.classOfSheet;
  let peopleInSheet = 0;
  let peopleSinceTotal = 0;
  rows.forEach((cells, index) => {
    if (index <= headerRow) return;
    const sort = classifyRosterRow(cells, names);
    if (sort.kind === "blank") return;
    if (sort.kind === "class") {
      classOfRows = sort.pupilClass;
      peopleSinceTotal = 0;
      return;
    }
    const base = { sheet: input.sheet, line: index + 1, text: rowText(cells), duplicateOf: null, partTimeOf: null };
    if (sort.kind === "total" || sort.kind === "heading") {
      let message =
        sort.kind === "total" ? `Итоговая строка «${sort.text}» пропущена` : `Строка-заголовок «${sort.text}» пропущена`;
      if (sort.kind === "total" && sort.count !== null && sort.count !== peopleSinceTotal && sort.count !== peopleInSheet) {
        message += `: в ней ${sort.count}, а строк с людьми выше ${peopleSinceTotal || peopleInSheet}`;
      }
      if (sort.kind === "total") peopleSinceTotal = 0;
      checked.push({ ...base, name: "", record: null, problems: [{ level: "warning", message }] });
      return;
    }
    peopleInSheet += 1;
    peopleSinceTotal += 1;
    const { record, errors, name } = readRosterRecord(kind, cells, mapping, classOfRows, today);
    checked.push({ ...base, name, record, problems: errors.map((message) => ({ level: "error", message })) });
  });
  return checked;
}
