import type { RosterKind } from "@/lib/generated/prisma/enums";
import { checkRosterRows, type CheckedRow } from "./check-roster-rows";
import { classifyRosterRow, findClassAboveHeader, parseClassSheetName } from "./classify-roster-row";
import { guessMapping, normaliseHeader } from "./guess-mapping";
import { pickRosterSheets, type RosterListSheet } from "./pick-roster-sheets";
import { checkRosterFile, readRosterTable } from "./read-roster-table";
import { readSheetRows, type RosterSheetInput } from "./read-sheet-rows";
import { missingRosterColumns, nameColumns, rosterFieldsByKind, type RosterMapping } from "./roster-fields";

export interface RosterAnalysis {
  format: string;
  /** Row number of the (first read sheet's) header (1-based). */
  headerLine: number;
  headers: string[];
  mapping: RosterMapping;
  /** Required columns that are not mapped: the file cannot be imported. */
  missingColumns: string[];
  /** What the reading decided by itself: sheets passed over, where the class was taken from. */
  notes: string[];
  rows: CheckedRow[];
}

const headersOf = (list: RosterListSheet) => list.rows[list.headerRow].map((header, index) => header || `Столбец ${index + 1}`);
const sameHeaders = (a: string[], b: string[]) => a.map(normaliseHeader).join("|") === b.map(normaliseHeader).join("|");

/** A sheet ready to read, with the class of its rows when no column holds it, and a note saying where it came from. */
function prepareSheet(kind: RosterKind, list: RosterListSheet, mapping: RosterMapping, several: boolean) {
  const input: RosterSheetInput = { sheet: several ? list.name : null, ...list, mapping, classOfSheet: null };
  const of = several ? ` листа «${list.name}»` : "";
  if (kind !== "PUPILS" || mapping.className !== undefined || mapping.grade !== undefined) return { input, note: null };
  const above = findClassAboveHeader(list.rows, list.headerRow);
  const named = several ? parseClassSheetName(list.name) : null;
  input.classOfSheet = above?.pupilClass ?? named;
  const names = nameColumns(mapping);
  const groupRow = list.rows.slice(list.headerRow + 1).find((cells) => classifyRosterRow(cells, names).kind === "class");
  const groupText = groupRow?.find((cell) => cell.trim())?.trim();
  const note = groupText
    ? `Класс${of} взят из строк вида «${groupText}» над учениками.`
    : above
      ? `Класс${of} взят из строки «${above.text}» над таблицей.`
      : named
        ? `Класс${of} взят из названия листа.`
        : null;
  return { input, note };
}

/**
 * Reads a roster file and checks every row: no database, so the same code serves the preview and the import.
 * `mapping` is the user's choice of columns (for the first sheet, and every sheet with the same header); without it the
 * columns are guessed from the headers.
 */
export async function analyseRosterFile(
  kind: RosterKind,
  fileName: string,
  bytes: Uint8Array,
  mapping?: RosterMapping,
  today = new Date(),
): Promise<{ ok: true; analysis: RosterAnalysis } | { ok: false; error: string }> {
  const fileError = checkRosterFile(fileName, bytes);
  if (fileError) return { ok: false, error: fileError };
  let table: Awaited<ReturnType<typeof readRosterTable>>;
  try {
    table = await readRosterTable(fileName, bytes);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { lists, notes } = pickRosterSheets(kind, table.sheets);
  if (lists.length === 0) return { ok: false, error: "В файле нет данных." };
  const headers = headersOf(lists[0]);
  const chosen = mapping ? keepKnownColumns(kind, mapping, headers.length) : guessMapping(kind, headers);
  const several = lists.length > 1;
  const missingColumns: string[] = [];
  const inputs = lists.map((list) => {
    const own = headersOf(list);
    const { input, note } = prepareSheet(kind, list, sameHeaders(own, headers) ? chosen : guessMapping(kind, own), several);
    if (note) notes.push(note);
    for (const problem of missingRosterColumns(kind, input.mapping, input.classOfSheet !== null || note !== null)) {
      missingColumns.push(several ? `Лист «${list.name}»: ${problem}` : problem);
    }
    return input;
  });
  const rows = missingColumns.length
    ? []
    : checkRosterRows(
        kind,
        inputs.flatMap((input) => readSheetRows(kind, input, today)),
      );
  const format =
    table.format !== "XLSX"
      ? table.format
      : `XLSX, ${several ? "листы" : "лист"} ${lists.map((list) => `«${list.name}»`).join(", ")}`;
  return {
    ok: true,
    analysis: { format, headerLine: lists[0].headerRow + 1, headers, mapping: chosen, missingColumns, notes, rows },
  };
}

/** The user's mapping limited to the kind's fields and to columns that exist. */
function keepKnownColumns(kind: RosterKind, mapping: RosterMapping, columns: number): RosterMapping {
  const kept: RosterMapping = {};
  for (const field of rosterFieldsByKind[kind]) {
    const column = mapping[field];
    if (column !== undefined && column >= 0 && column < columns) kept[field] = column;
  }
  return kept;
}
