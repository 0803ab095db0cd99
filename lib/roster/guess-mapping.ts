import type { RosterKind } from "@/lib/generated/prisma/enums";
import { rosterFieldsByKind, type RosterField, type RosterMapping } from "./roster-fields";

/** A header reduced to lower-case letters and digits, ё as е: «Дата рождения (дд.мм.гггг)» → «датарожденияддммгггг». */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[^a-zа-я0-9]/g, "");
}

/** How well a header names a field: 0 is no match; a higher score wins when several headers fit. */
const rules: Record<RosterField, { pattern: RegExp; score: number }[]> = {
  localId: [
    { pattern: /^(id|ид|идентификатор|локальныйid|код|кодученика|кодсотрудника|уникальныйкод)$/, score: 3 },
    // 1С: «Таб. №», «Табельный номер», «Таб.номер».
    { pattern: /^таб(ельный)?(номер|н)?$/, score: 3 },
    { pattern: /идентификатор|^id|номерличногодела/, score: 2 },
  ],
  fullName: [
    { pattern: /^фио/, score: 3 },
    { pattern: /фамилияимяотчество|фамилияимя|фио|^(ученик|обучающийся|учащийся|сотрудник|педагог)$/, score: 2 },
  ],
  lastName: [
    { pattern: /^фамилия$/, score: 3 },
    { pattern: /^фамилия(?!имя)/, score: 2 },
  ],
  firstName: [
    { pattern: /^имя$/, score: 3 },
    { pattern: /^имя/, score: 2 },
  ],
  middleName: [{ pattern: /^отчество/, score: 3 }],
  birthDate: [
    { pattern: /^датарожд|^деньрожд|^др$/, score: 3 },
    { pattern: /рожден/, score: 2 },
  ],
  classLetter: [{ pattern: /буква|литер/, score: 3 }],
  grade: [{ pattern: /^параллель|^номеркласса|^годобучения/, score: 3 }],
  className: [
    { pattern: /^класс$|^классгруппа$|^класс(обучения|ученика|обучающегося)$/, score: 3 },
    { pattern: /^класс(?!н)/, score: 2 },
  ],
  position: [
    { pattern: /^должность/, score: 3 },
    { pattern: /должност/, score: 2 },
  ],
  experience: [
    { pattern: /^(педагогическийстаж|педстаж|стажпедагогический|стажпедагогическойработы)/, score: 4 },
    { pattern: /стажпоспециальности/, score: 3 },
    { pattern: /^(?!общ).*стаж/, score: 2 },
    { pattern: /стаж/, score: 1 },
  ],
  employment: [{ pattern: /^(видзанятости|видработы|характерработы|занятость|типзанятости|условияприема)/, score: 3 }],
};

function score(field: RosterField, header: string): number {
  if (header.includes("снилс")) return 0; // never the key: the local id is enough, and СНИЛС is not needed here
  return Math.max(0, ...rules[field].filter((rule) => rule.pattern.test(header)).map((rule) => rule.score));
}

/** The best column for each field of the kind; a column goes to one field only, the best-scoring pairs first. */
export function guessMapping(kind: RosterKind, headers: string[]): RosterMapping {
  const normalised = headers.map(normaliseHeader);
  const pairs: { field: RosterField; column: number; score: number }[] = [];
  for (const field of rosterFieldsByKind[kind]) {
    normalised.forEach((header, column) => {
      const value = header ? score(field, header) : 0;
      if (value > 0) pairs.push({ field, column, score: value });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: RosterMapping = {};
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (mapping[pair.field] !== undefined || taken.has(pair.column)) continue;
    mapping[pair.field] = pair.column;
    taken.add(pair.column);
  }
  // Separate name columns win over a «ФИО» column only when both surname and first name are there.
  if (mapping.fullName !== undefined && mapping.lastName !== undefined && mapping.firstName !== undefined)
    delete mapping.fullName;
  if (mapping.className !== undefined) {
    delete mapping.grade;
    delete mapping.classLetter;
  }
  return mapping;
}

/** The first of the first 15 rows where at least two cells name a field of the kind, or null: no list in these rows. */
export function findListHeader(kind: RosterKind, rows: string[][]): number | null {
  const limit = Math.min(rows.length, 15);
  for (let index = 0; index < limit; index += 1) {
    const named = rows[index]
      .map(normaliseHeader)
      .filter((header) => header && rosterFieldsByKind[kind].some((field) => score(field, header) > 0));
    if (named.length >= 2) return index;
  }
  return null;
}

/**
 * The header row: the list's header (exports often start with a title such as «Список обучающихся 7А класса»); else the
 * first non-empty row, for the user to map by hand.
 */
export function findHeaderRow(kind: RosterKind, rows: string[][]): number {
  const header = findListHeader(kind, rows);
  if (header !== null) return header;
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim() !== ""));
  return Math.max(0, firstFilled);
}
