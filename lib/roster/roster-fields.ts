import type { RosterKind } from "@/lib/generated/prisma/enums";

/** What a roster file's column can mean. `fullName` is ФИО in one column, split into its parts. */
export type RosterField =
  | "localId"
  | "fullName"
  | "lastName"
  | "firstName"
  | "middleName"
  | "birthDate"
  | "className"
  | "grade"
  | "classLetter"
  | "position"
  | "experience"
  | "employment";

/** Column index of each mapped field (0-based); a field that is absent from the file is left out. */
export type RosterMapping = Partial<Record<RosterField, number>>;

/** The columns that hold a person's name: a lone text there is a person, elsewhere a heading. */
export function nameColumns(mapping: RosterMapping): number[] {
  return [mapping.fullName, mapping.lastName, mapping.firstName, mapping.middleName].filter((c) => c !== undefined);
}

export const rosterKinds = ["PUPILS", "STAFF"] as const satisfies readonly RosterKind[];

export const rosterKindLabels: Record<RosterKind, string> = { PUPILS: "Ученики", STAFF: "Сотрудники" };

export const rosterFieldsByKind: Record<RosterKind, RosterField[]> = {
  PUPILS: ["lastName", "firstName", "middleName", "fullName", "birthDate", "className", "grade", "classLetter", "localId"],
  STAFF: ["lastName", "firstName", "middleName", "fullName", "position", "experience", "employment", "birthDate", "localId"],
};

export const rosterFieldLabels: Record<RosterField, string> = {
  localId: "Идентификатор",
  fullName: "ФИО одной строкой",
  lastName: "Фамилия",
  firstName: "Имя",
  middleName: "Отчество",
  birthDate: "Дата рождения",
  className: "Класс",
  grade: "Параллель",
  classLetter: "Буква класса",
  position: "Должность",
  experience: "Педагогический стаж",
  employment: "Вид занятости",
};

/**
 * Mapping problems that make the whole file unusable: a required column is not mapped. `classInRows`: the class is
 * written above the header, in the sheet's name or in group rows, so a pupils' file needs no class column.
 */
export function missingRosterColumns(kind: RosterKind, mapping: RosterMapping, classInRows = false): string[] {
  const has = (field: RosterField) => mapping[field] !== undefined;
  const problems: string[] = [];
  if (!has("fullName") && !(has("lastName") && has("firstName"))) {
    problems.push("Нет столбцов с именем: укажите «Фамилия» и «Имя» или «ФИО одной строкой».");
  }
  if (kind === "PUPILS") {
    if (!has("birthDate")) problems.push("Нет столбца «Дата рождения».");
    if (!has("className") && !has("grade") && !classInRows)
      problems.push("Нет столбца «Класс» (или «Параллель» и «Буква класса»).");
  } else {
    if (!has("position")) problems.push("Нет столбца «Должность».");
    if (!has("experience")) problems.push("Нет столбца «Педагогический стаж».");
  }
  return problems;
}
