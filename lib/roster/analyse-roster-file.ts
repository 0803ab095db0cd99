import type { RosterKind } from "@/lib/generated/prisma/enums";
import { checkRosterRows, type CheckedRow } from "./check-roster-rows";
import { findHeaderRow, guessMapping } from "./guess-mapping";
import { checkRosterFile, readRosterTable } from "./read-roster-table";
import { missingRosterColumns, rosterFieldsByKind, type RosterMapping } from "./roster-fields";

export interface RosterAnalysis {
  format: string;
  /** Row number of the header in the file (1-based). */
  headerLine: number;
  headers: string[];
  mapping: RosterMapping;
  /** Required columns that are not mapped: the file cannot be imported. */
  missingColumns: string[];
  rows: CheckedRow[];
}

/**
 * Reads a roster file and checks every row: no database, so the same code serves the preview and the import.
 * `mapping` is the user's choice of columns; without it the columns are guessed from the headers.
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
  if (!table.rows.some((row) => row.some((cell) => cell !== ""))) return { ok: false, error: "В файле нет данных." };
  const headerRow = findHeaderRow(kind, table.rows);
  const headers = table.rows[headerRow].map((header, index) => header || `Столбец ${index + 1}`);
  const chosen = mapping ? keepKnownColumns(kind, mapping, headers.length) : guessMapping(kind, headers);
  const missingColumns = missingRosterColumns(kind, chosen);
  const rows = missingColumns.length ? [] : checkRosterRows(kind, table.rows, headerRow, chosen, today);
  return {
    ok: true,
    analysis: { format: table.format, headerLine: headerRow + 1, headers, mapping: chosen, missingColumns, rows },
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
