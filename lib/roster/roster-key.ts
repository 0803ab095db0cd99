import { createHash } from "node:crypto";
import type { RosterKind } from "@/lib/generated/prisma/enums";

/** Lower case, ё as е, single spaces, no spaces at the ends: «  Ёлкина   Мария » → «елкина мария». */
export function normaliseRosterText(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е").replace(/\s+/g, " ").trim();
}

export interface KeyParts {
  localId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
}

/**
 * The stable key (Person.rosterKey) by which a re-import finds the same person in the school.
 *
 * - An id column in the file wins: «pupil-id:<id>» or «staff-id:<id>» (the id normalised as text).
 * - Otherwise a pupil is «pupil:<фамилия имя отчество>|<гггг-мм-дд>» and a staff member «staff:<фамилия имя отчество>»,
 *   the name normalised by normaliseRosterText.
 *
 * The kind prefix keeps a pupil and a teacher of the same name (or the same number in two journals) apart. Without an id,
 * a changed surname or a corrected birth date makes a new key, so the person is imported as new: an id column avoids that.
 */
export function rosterKey(kind: RosterKind, parts: KeyParts): string {
  const prefix = kind === "PUPILS" ? "pupil" : "staff";
  if (parts.localId) return `${prefix}-id:${normaliseRosterText(parts.localId)}`;
  return nameRosterKey(kind, parts);
}

/** The key by name (and birth date for pupils), also used to find people first imported from a file without ids. */
export function nameRosterKey(kind: RosterKind, parts: KeyParts): string {
  const name = normaliseRosterText([parts.lastName, parts.firstName, parts.middleName ?? ""].join(" "));
  if (kind === "STAFF") return `staff:${name}`;
  return `pupil:${name}|${parts.birthDate ? parts.birthDate.toISOString().slice(0, 10) : ""}`;
}

const TOMBSTONE_PREFIX = "anonymised:";

/**
 * What Person.rosterKey holds after anonymisation: a hash of the original key, so a re-import of the same row is
 * recognised (and skipped) without keeping the name or birth date in clear.
 */
export function tombstoneKey(key: string): string {
  return `${TOMBSTONE_PREFIX}${createHash("sha256").update(key, "utf8").digest("hex")}`;
}
