import type { RosterKind } from "@/lib/generated/prisma/enums";
import type { RosterRecord } from "./read-roster-record";
import type { CheckedRow } from "./read-sheet-rows";
import { normaliseRosterText } from "./roster-key";

export type { RosterRecord } from "./read-roster-record";
export type { CheckedRow, RosterProblem } from "./read-sheet-rows";

/** Two rows with the same data, names compared as the key compares them (ё as е, case and spaces aside). */
function sameRecord(a: RosterRecord, b: RosterRecord): boolean {
  const loose = (r: RosterRecord) =>
    JSON.stringify({
      ...r,
      lastName: normaliseRosterText(r.lastName),
      firstName: normaliseRosterText(r.firstName),
      middleName: normaliseRosterText(r.middleName ?? ""),
    });
  return loose(a) === loose(b);
}

/** «строку 6», or «строку 6 листа «9-А»» when the other row is on another sheet. */
function lineOf(other: CheckedRow, row: CheckedRow): string {
  return other.sheet && other.sheet !== row.sheet ? `${other.line} листа «${other.sheet}»` : String(other.line);
}

/**
 * 1С lists a teacher once per post: the main one and «Внутреннее совместительство». Rows of the same name where one is
 * a part-time post of another are one person: the part-time rows are skipped, and the main row notes the post.
 */
function mergePartTimePosts(rows: CheckedRow[]) {
  const byName = new Map<string, CheckedRow[]>();
  for (const row of rows) if (row.record) byName.set(row.record.nameKey, [...(byName.get(row.record.nameKey) ?? []), row]);
  for (const group of byName.values()) {
    const main = group.find((row) => !row.record!.partTime);
    if (!main || group.length < 2) continue;
    for (const row of group.filter((r) => r !== main && r.record!.partTime)) {
      const { partTime, staff } = row.record!;
      row.partTimeOf = main.line;
      row.problems.push({
        level: "warning",
        message: `${partTime} того же сотрудника, что в строке ${lineOf(main, row)}: не отдельный человек`,
      });
      main.problems.push({
        level: "warning",
        message: `Также ${partTime!.toLowerCase()}: ${staff!.position} (строка ${lineOf(row, main)})`,
      });
    }
  }
}

/**
 * File-wide checks of the rows read from every sheet. A row repeated exactly is a warning and is skipped; two different
 * rows with one key are errors, because a re-import could not tell them apart; a staff member's part-time post is merged.
 */
export function checkRosterRows(kind: RosterKind, rows: CheckedRow[]): CheckedRow[] {
  if (kind === "STAFF") mergePartTimePosts(rows);
  const byKey = new Map<string, CheckedRow>();
  for (const row of rows) {
    const record = row.record;
    if (!record || row.partTimeOf !== null) continue;
    const earlier = byKey.get(record.key);
    if (!earlier?.record) {
      byKey.set(record.key, row);
      continue;
    }
    if (sameRecord(record, earlier.record)) {
      row.duplicateOf = earlier.line;
      row.problems.push({ level: "warning", message: `Повторяет строку ${lineOf(earlier, row)} — будет пропущена` });
      continue;
    }
    const by = record.localId ? "по идентификатору" : kind === "PUPILS" ? "по ФИО и дате рождения" : "по ФИО";
    const message = `Совпадает со строкой ${lineOf(earlier, row)} ${by}, но данные другие: исправьте файл или добавьте столбец с идентификатором`;
    row.problems.push({ level: "error", message });
    if (!earlier.problems.some((p) => p.level === "error")) {
      earlier.problems.push({ level: "error", message: `Совпадает со строкой ${lineOf(row, earlier)} ${by}, но данные другие` });
    }
  }
  return rows;
}
