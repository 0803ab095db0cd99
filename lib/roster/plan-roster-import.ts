import type { PupilStatus, RosterKind } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/format/date";
import type { CheckedRow, RosterRecord } from "./check-roster-rows";
import { classLabel } from "./parse-class-name";
import { nameRosterKey, tombstoneKey } from "./roster-key";

/** A person of the school already in the roster, as the plan compares it with the file. */
export interface ExistingRosterPerson {
  id: string;
  rosterKey: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
  anonymisedAt: Date | null;
  pupil: { grade: number; classLetter: string; status: PupilStatus } | null;
  staff: { position: string; experienceYears: number; leftAt: Date | null } | null;
}

export type RosterAction = "create" | "update" | "unchanged" | "skip" | "error";

export interface PlannedRow extends CheckedRow {
  action: RosterAction;
  person: ExistingRosterPerson | null;
  /** What changes for an existing person, e.g. «Класс: 7А → 8А». */
  changes: string[];
  /** The key the person is written with: the row's, or the person's own id key when a file without ids names them. */
  rosterKey: string | null;
  personChanged: boolean;
  roleChanged: boolean;
}

const anonymisedWarning: Record<RosterKind, string> = {
  PUPILS: "Данные этого ученика обезличены после отзыва согласия: строка пропущена",
  STAFF: "Данные этого человека обезличены после отзыва согласия: строка пропущена",
};

const dateText = (date: Date | null) => (date ? formatShortDate(date) : "—");
// One journal writes «Семёнов», another «Семенов»: the same text, not a change to show on every import.
const withoutYo = (text: string) => text.replaceAll("ё", "е").replaceAll("Ё", "Е");

function describeChanges(kind: RosterKind, record: RosterRecord, person: ExistingRosterPerson, rosterKey: string) {
  const personChanges: string[] = [];
  const roleChanges: string[] = [];
  const compare = (label: string, from: string, to: string, into: string[]) => {
    if (withoutYo(from) !== withoutYo(to)) into.push(`${label}: ${from || "—"} → ${to || "—"}`);
  };
  compare("Фамилия", person.lastName, record.lastName, personChanges);
  compare("Имя", person.firstName, record.firstName, personChanges);
  compare("Отчество", person.middleName ?? "", record.middleName ?? "", personChanges);
  if (record.birthDate) compare("Дата рождения", dateText(person.birthDate), dateText(record.birthDate), personChanges);
  if (person.rosterKey === null)
    personChanges.push(kind === "PUPILS" ? "Найден(а) в контингенте по ФИО и дате рождения" : "Найден(а) в контингенте по ФИО");
  else if (person.rosterKey !== rosterKey)
    personChanges.push(record.localId ? `Идентификатор: ${record.localId}` : "Ключ контингента обновится");
  if (kind === "PUPILS" && record.pupil) {
    if (!person.pupil) roleChanges.push("Добавится в список учеников");
    else {
      compare("Класс", classLabel(person.pupil), classLabel(record.pupil), roleChanges);
      if (person.pupil.status === "LEFT") roleChanges.push("Статус: выбыл → обучается");
    }
  }
  if (kind === "STAFF" && record.staff) {
    if (!person.staff) roleChanges.push("Добавится в список сотрудников");
    else {
      compare("Должность", person.staff.position, record.staff.position, roleChanges);
      compare("Стаж", String(person.staff.experienceYears), String(record.staff.experienceYears), roleChanges);
      if (person.staff.leftAt) roleChanges.push("Снова работает в школе");
    }
  }
  return { personChanges, roleChanges };
}

/** People found by their name key, unless two of them share it (then neither is guessed). */
function uniqueByName(kind: RosterKind, people: ExistingRosterPerson[]): Map<string, ExistingRosterPerson> {
  const found = new Map<string, ExistingRosterPerson | null>();
  for (const person of people) {
    const key = nameRosterKey(kind, { localId: null, ...person });
    found.set(key, found.has(key) ? null : person);
  }
  return new Map([...found].flatMap(([key, person]) => (person ? [[key, person] as const] : [])));
}

/**
 * What the import will do with each checked row, given the people of the school found by the rows' keys. Name keys
 * find people first imported without an id column, and people entered before any import; both are given the row's key.
 * A file without ids (another journal) finds people imported with ids by name too, and leaves their id key as it is.
 */
export function planRosterImport(kind: RosterKind, rows: CheckedRow[], existing: ExistingRosterPerson[]): PlannedRow[] {
  const byKey = new Map(existing.filter((p) => p.rosterKey).map((p) => [p.rosterKey!, p]));
  for (const [key, person] of uniqueByName(
    kind,
    existing.filter((p) => !p.rosterKey),
  ))
    if (!byKey.has(key)) byKey.set(key, person);
  const idPrefix = kind === "PUPILS" ? "pupil-id:" : "staff-id:";
  const withIds = uniqueByName(
    kind,
    existing.filter((p) => p.rosterKey?.startsWith(idPrefix)),
  );
  const claimed = new Set<string>();
  return rows.map((row) => {
    const base = { ...row, person: null, changes: [], personChanged: false, roleChanged: false, rosterKey: null };
    if (row.problems.some((p) => p.level === "error")) return { ...base, action: "error" as const };
    if (!row.record || row.duplicateOf !== null || row.partTimeOf !== null) return { ...base, action: "skip" as const };
    const record = row.record;
    let rosterKey = record.key;
    // An anonymised person keeps only a hash of their key (a tombstone): the same row must not bring them back as new.
    const anonymised = (key: string) => byKey.get(tombstoneKey(key)) ?? null;
    let person = byKey.get(record.key) ?? anonymised(record.key);
    if (!person && record.key !== record.nameKey) {
      const byName = byKey.get(record.nameKey) ?? anonymised(record.nameKey);
      if (byName && !claimed.has(byName.id)) person = byName;
    }
    const idPerson = !person && !record.localId ? withIds.get(record.nameKey) : undefined;
    if (idPerson && !claimed.has(idPerson.id)) [person, rosterKey] = [idPerson, idPerson.rosterKey!];
    if (!person) return { ...base, rosterKey, action: "create" as const };
    claimed.add(person.id);
    if (person.anonymisedAt) {
      const problems = [...row.problems, { level: "warning" as const, message: anonymisedWarning[kind] }];
      return { ...base, problems, person, action: "skip" as const };
    }
    const { personChanges, roleChanges } = describeChanges(kind, record, person, rosterKey);
    const changes = [...personChanges, ...roleChanges];
    return {
      ...base,
      person,
      changes,
      rosterKey,
      personChanged: personChanges.length > 0,
      roleChanged: roleChanges.length > 0,
      action: changes.length ? ("update" as const) : ("unchanged" as const),
    };
  });
}

export function countPlan(rows: PlannedRow[]): Record<RosterAction, number> {
  const counts: Record<RosterAction, number> = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}
