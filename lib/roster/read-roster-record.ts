import type { RosterKind } from "@/lib/generated/prisma/enums";
import type { ClassOfRows } from "./classify-roster-row";
import { parseClassName } from "./parse-class-name";
import { parseExperience } from "./parse-experience";
import { parseRosterDate } from "./parse-roster-date";
import type { RosterMapping } from "./roster-fields";
import { nameRosterKey, rosterKey } from "./roster-key";
import { cleanNamePart, nameProblem, splitFullName } from "./split-full-name";

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
  /** A second post of a person listed elsewhere in the file («Внутреннее совместительство»), as written; else null. */
  partTime: string | null;
}

const partTimeWords = /совмест|совм\./i;

/** The class of a pupil's row: its own cells, else the class of the rows (a group row, the sheet's line or name). */
function pupilClass(cell: (field: keyof RosterMapping) => string, mapping: RosterMapping, ofRows: ClassOfRows | null) {
  const text = mapping.className !== undefined ? cell("className") : `${cell("grade")}${cell("classLetter")}`;
  if (!text && ofRows) return { ok: true as const, ...ofRows };
  return parseClassName(text);
}

/** Reads one person's row; `name` is the name as written, to show with an error. */
export function readRosterRecord(
  kind: RosterKind,
  cells: string[],
  mapping: RosterMapping,
  classOfRows: ClassOfRows | null,
  today: Date,
): { record: RosterRecord | null; errors: string[]; name: string } {
  const cell = (field: keyof RosterMapping) => (mapping[field] === undefined ? "" : (cells[mapping[field]!] ?? "").trim());
  const errors: string[] = [];
  let name = {
    lastName: cleanNamePart(cell("lastName")),
    firstName: cleanNamePart(cell("firstName")),
    middleName: cleanNamePart(cell("middleName")) || null,
  };
  const written =
    cleanNamePart([name.lastName, name.firstName, name.middleName ?? ""].join(" ")) || cleanNamePart(cell("fullName"));
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
  let partTime: string | null = null;
  if (kind === "PUPILS") {
    const parsed = pupilClass(cell, mapping, classOfRows);
    if (parsed.ok) pupil = { grade: parsed.grade, classLetter: parsed.classLetter };
    else errors.push(parsed.error);
  } else {
    const position = cleanNamePart(cell("position"));
    const experience = parseExperience(cell("experience"));
    if (!position) errors.push("Не указана должность");
    else if (position.length > 200) errors.push("Должность: слишком длинно");
    if (!experience.ok) errors.push(experience.error);
    if (position && experience.ok) staff = { position, experienceYears: experience.years };
    const employment = cleanNamePart(cell("employment"));
    if (partTimeWords.test(employment)) partTime = employment;
    else if (partTimeWords.test(position)) partTime = "Совместительство";
  }

  const localId = mapping.localId !== undefined ? cell("localId") || null : null;
  if (mapping.localId !== undefined && !localId) errors.push("Не указан идентификатор");
  if (errors.length) return { record: null, errors, name: written };
  const parts = { localId, ...name, birthDate };
  const record = { key: rosterKey(kind, parts), nameKey: nameRosterKey(kind, parts), ...parts, pupil, staff, partTime };
  return { record, errors, name: written };
}
