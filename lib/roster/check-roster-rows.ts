import type { RosterKind } from "@/lib/generated/prisma/enums";
import { parseClassName } from "./parse-class-name";
import { parseExperience } from "./parse-experience";
import { parseRosterDate } from "./parse-roster-date";
import type { RosterMapping } from "./roster-fields";
import { nameRosterKey, rosterKey } from "./roster-key";
import { cleanNamePart, nameProblem, splitFullName } from "./split-full-name";

export interface RosterProblem {
  level: "error" | "warning";
  message: string;
}

/** One person as read from a row, ready to be written. */
export interface RosterRecord {
  key: string;
  /** The key by name, to find people first imported from a file without an id column. */
  nameKey: string;
  localId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
  pupil: { grade: number; classLetter: string } | null;
  staff: { position: string; experienceYears: number } | null;
}

export interface CheckedRow {
  /** Row number in the file (1-based), as the user sees it in Excel. */
  line: number;
  record: RosterRecord | null;
  problems: RosterProblem[];
  /** The line of an identical earlier row: this one is skipped. */
  duplicateOf: number | null;
}

function readRecord(
  kind: RosterKind,
  cells: string[],
  mapping: RosterMapping,
  today: Date,
): { record: RosterRecord | null; errors: string[] } {
  const cell = (field: keyof RosterMapping) => (mapping[field] === undefined ? "" : (cells[mapping[field]!] ?? "").trim());
  const errors: string[] = [];
  let name = {
    lastName: cleanNamePart(cell("lastName")),
    firstName: cleanNamePart(cell("firstName")),
    middleName: cleanNamePart(cell("middleName")) || null,
  };
  if (!name.lastName && !name.firstName && mapping.fullName !== undefined) {
    const split = splitFullName(cell("fullName"));
    if (split) name = split;
    else if (cell("fullName")) errors.push(`В ФИО «${cell("fullName")}» нет имени`);
  }
  if (!name.lastName && !errors.length) errors.push("Не указана фамилия");
  if (name.lastName && !name.firstName) errors.push("Не указано имя");
  for (const [label, value] of [
    ["Фамилия", name.lastName],
    ["Имя", name.firstName],
    ["Отчество", name.middleName ?? ""],
  ] as const) {
    const problem = nameProblem(label, value);
    if (problem) errors.push(problem);
  }

  let birthDate: Date | null = null;
  if (kind === "PUPILS" || cell("birthDate")) {
    const parsed = parseRosterDate(cell("birthDate"), today);
    if (parsed.ok) birthDate = parsed.date;
    else errors.push(parsed.error);
  }

  let pupil: RosterRecord["pupil"] = null;
  let staff: RosterRecord["staff"] = null;
  if (kind === "PUPILS") {
    const parsed = parseClassName(mapping.className !== undefined ? cell("className") : `${cell("grade")}${cell("classLetter")}`);
    if (parsed.ok) pupil = { grade: parsed.grade, classLetter: parsed.classLetter };
    else errors.push(parsed.error);
  } else {
    const position = cleanNamePart(cell("position"));
    const experience = parseExperience(cell("experience"));
    if (!position) errors.push("Не указана должность");
    else if (position.length > 200) errors.push("Должность: слишком длинно");
    if (!experience.ok) errors.push(experience.error);
    if (position && experience.ok) staff = { position, experienceYears: experience.years };
  }

  const localId = mapping.localId !== undefined ? cell("localId") || null : null;
  if (mapping.localId !== undefined && !localId) errors.push("Не указан идентификатор");
  if (errors.length) return { record: null, errors };
  const parts = { localId, ...name, birthDate };
  return { record: { key: rosterKey(kind, parts), nameKey: nameRosterKey(kind, parts), ...parts, pupil, staff }, errors };
}

function sameRecord(a: RosterRecord, b: RosterRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads and checks each data row (the rows after the header; blank rows are skipped). A row repeated exactly is a warning
 * and is skipped; two different rows with one key are errors, because a re-import could not tell them apart.
 */
export function checkRosterRows(
  kind: RosterKind,
  rows: string[][],
  headerRow: number,
  mapping: RosterMapping,
  today = new Date(),
): CheckedRow[] {
  const checked: CheckedRow[] = [];
  const byKey = new Map<string, CheckedRow>();
  rows.forEach((cells, index) => {
    if (index <= headerRow || cells.every((value) => value.trim() === "")) return;
    const { record, errors } = readRecord(kind, cells, mapping, today);
    const row: CheckedRow = {
      line: index + 1,
      record,
      problems: errors.map((message) => ({ level: "error", message })),
      duplicateOf: null,
    };
    const earlier = record ? byKey.get(record.key) : undefined;
    if (record && earlier?.record) {
      if (sameRecord(record, earlier.record)) {
        row.duplicateOf = earlier.line;
        row.problems.push({ level: "warning", message: `Повторяет строку ${earlier.line} — будет пропущена` });
      } else {
        const by = record.localId ? "по идентификатору" : kind === "PUPILS" ? "по ФИО и дате рождения" : "по ФИО";
        const message = `Совпадает со строкой ${earlier.line} ${by}, но данные другие: исправьте файл или добавьте столбец с идентификатором`;
        row.problems.push({ level: "error", message });
        if (!earlier.problems.some((p) => p.level === "error")) {
          earlier.problems.push({ level: "error", message: `Совпадает со строкой ${row.line} ${by}, но данные другие` });
        }
      }
    } else if (record) byKey.set(record.key, row);
    checked.push(row);
  });
  return checked;
}
