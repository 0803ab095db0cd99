import { parseClassName } from "./parse-class-name";

export type ClassOfRows = { grade: number; classLetter: string };

/** What a row after the header is: a person, or one of the lines journals put between and after the people. */
export type RosterRowKind =
  | { kind: "blank" }
  | { kind: "person" }
  | { kind: "total"; text: string; count: number | null }
  | { kind: "class"; text: string; pupilClass: ClassOfRows }
  | { kind: "heading"; text: string };

const totalWord = /^(итого|всего)(?![а-яё])/i;
const countOnly = /^\d{1,5}(\s*(чел|человек|уч|учащихся|обучающихся)\.?)?$/i;

/**
 * «Класс: 9-А», «Класс 4 А», «9 «А» класс», «4А кл.» → the class; anything else → null. With `inTitle`, a class named
 * inside a longer line is found too («Список обучающихся 7А класса»), as above a header.
 */
export function parseClassLine(text: string, inTitle = false): ClassOfRows | null {
  const value = text.trim();
  const labelled = /^класс(?![а-яё])\s*[:№\-–—]?\s*(.+)$/i.exec(value);
  const suffixed = /^(\d{1,2}\s*[-–]?\s*["«]?[а-яёa-z]?["»]?)\s*(класс|кл\.?)$/i.exec(value);
  const titled = inTitle ? /(?:^|\s)(\d{1,2}\s*[-–]?\s*["«]?[а-яё]["»]?)\s*(класс|кл\.)/i.exec(value) : null;
  const candidate = labelled?.[1] ?? suffixed?.[1] ?? titled?.[1];
  if (!candidate) return null;
  const parsed = parseClassName(candidate);
  return parsed.ok ? { grade: parsed.grade, classLetter: parsed.classLetter } : null;
}

/** A sheet named as a class, «9-А» or «9А класс» (not «8 классы» nor «Лист1»). */
export function parseClassSheetName(name: string): ClassOfRows | null {
  if (!/^\s*\d{1,2}\s*[-–]?\s*["«]?[а-яёa-z]?["»]?\s*(класс|кл\.?)?\s*$/i.test(name)) return null;
  const parsed = parseClassName(name);
  return parsed.ok ? { grade: parsed.grade, classLetter: parsed.classLetter } : null;
}

function firstNumber(values: string[]): number | null {
  for (const value of values) {
    const match = /\d+/.exec(value);
    if (match) return Number(match[0]);
  }
  return null;
}

/**
 * Sorts a data row. A total is a row starting «Итого»/«Всего», or a row without a name that holds only a count; a class
 * row is a lone «Класс: 4 А»; a heading is a lone text outside the name columns (a department in a 1С list). Everything
 * else is a person, checked field by field.
 */
export function classifyRosterRow(cells: string[], nameColumns: number[]): RosterRowKind {
  const filled = cells.map((value, column) => ({ value: value.trim(), column })).filter((cell) => cell.value !== "");
  if (filled.length === 0) return { kind: "blank" };
  const values = filled.map((cell) => cell.value);
  const text = values.join(" ");
  if (values.some((value) => totalWord.test(value))) return { kind: "total", text, count: firstNumber(values) };
  const named = filled.some((cell) => nameColumns.includes(cell.column));
  if (!named && values.every((value) => countOnly.test(value))) return { kind: "total", text, count: firstNumber(values) };
  if (filled.length === 1) {
    const pupilClass = parseClassLine(text);
    if (pupilClass) return { kind: "class", text, pupilClass };
    if (!named && /\p{L}/u.test(text)) return { kind: "heading", text };
  }
  return { kind: "person" };
}

/** The class named in the rows above a header («Класс: 9-А», «Список обучающихся 7А класса»), with the text naming it. */
export function findClassAboveHeader(rows: string[][], headerRow: number): { pupilClass: ClassOfRows; text: string } | null {
  for (const cells of rows.slice(0, headerRow)) {
    for (const cell of cells) {
      const pupilClass = cell ? parseClassLine(cell, true) : null;
      if (pupilClass) return { pupilClass, text: cell.trim() };
    }
  }
  return null;
}
