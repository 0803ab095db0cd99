import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RosterKind } from "@/lib/generated/prisma/enums";
import { cleanFileName } from "@/lib/files/evidence-rules";
import { sortClasses } from "@/lib/format/class-order";
import { analyseRosterFile, type RosterAnalysis } from "./analyse-roster-file";
import { planRosterImport, type PlannedRow } from "./plan-roster-import";
import { tombstoneKey } from "./roster-key";
import type { RosterFileInput } from "./roster-schemas";

export interface RosterPlan {
  kind: RosterKind;
  fileName: string;
  analysis: RosterAnalysis;
  rows: PlannedRow[];
  /** Classes named in the file, for «mark as left». */
  classes: { grade: number; classLetter: string }[];
}

/** The uploaded file read and checked (no database). */
export async function readRosterUpload(input: RosterFileInput) {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return analyseRosterFile(input.kind, input.file.name, bytes, input.mapping);
}

/** The school's enrolled pupils of the file's classes who are not in the file. */
export function missingPupilsWhere(viewer: Viewer, plan: RosterPlan, presentPersonIds: string[]): Prisma.PupilWhereInput {
  return {
    schoolId: viewer.schoolId,
    status: "ENROLLED",
    OR: plan.classes.map((c) => ({ grade: c.grade, classLetter: c.classLetter })),
    personId: { notIn: presentPersonIds },
  };
}

/** Ids of the school's people the file names (found by key), present in the file whatever happens to their row. */
export function presentPersonIds(plan: RosterPlan): string[] {
  return plan.rows.flatMap((row) => (row.person ? [row.person.id] : []));
}

/** A surname as one journal or another may write it: each е or ё either way (all of them when there are many). */
function yoSpellings(lastName: string): string[] {
  const plain = lastName.replaceAll("ё", "е").replaceAll("Ё", "Е");
  const places = [...plain].flatMap((char, index) => (char === "е" || char === "Е" ? [index] : []));
  if (places.length > 4) return [plain, plain.replaceAll("е", "ё").replaceAll("Е", "Ё"), lastName];
  return Array.from({ length: 2 ** places.length }, (_, mask) => {
    const chars = [...plain];
    places.forEach((at, bit) => {
      if (mask & (1 << bit)) chars[at] = chars[at] === "е" ? "ё" : "Ё";
    });
    return chars.join("");
  });
}

/**
 * Compares the checked rows with the school's roster: one query loads every person the rows may name (by their keys or
 * the tombstones of those keys, or people of the same surname and role), within the viewer's school only.
 */
export async function loadRosterPlan(
  client: Prisma.TransactionClient,
  viewer: Viewer,
  kind: RosterKind,
  rawFileName: string,
  analysis: RosterAnalysis,
): Promise<RosterPlan> {
  const fileName = cleanFileName(rawFileName);
  const records = analysis.rows.flatMap((row) => (row.record ? [row.record] : []));
  const liveKeys = records.flatMap((record) => [record.key, record.nameKey]);
  // Tombstones find people anonymised after a withdrawn consent, so their rows are skipped, not created anew.
  const keys = [...new Set([...liveKeys, ...liveKeys.map(tombstoneKey)])];
  // Also people of the same surname and role (ё or е), found by name: entered before any import (by hand, or with an
  // account) without a key, or imported with ids from another journal.
  const lastNames = [...new Set(records.flatMap((record) => yoSpellings(record.lastName)))];
  const sameSurname = {
    lastName: { in: lastNames, mode: "insensitive" as const },
    ...(kind === "PUPILS" ? { pupil: { isNot: null } } : { staff: { isNot: null } }),
  };
  const existing = keys.length
    ? await client.person.findMany({
        where: { schoolId: viewer.schoolId, OR: [{ rosterKey: { in: keys } }, sameSurname] },
        select: {
          id: true,
          rosterKey: true,
          lastName: true,
          firstName: true,
          middleName: true,
          birthDate: true,
          anonymisedAt: true,
          pupil: { select: { grade: true, classLetter: true, status: true } },
          staff: { select: { position: true, experienceYears: true, leftAt: true } },
        },
      })
    : [];
  const classes = new Map<string, { grade: number; classLetter: string }>();
  for (const record of records) if (record.pupil) classes.set(`${record.pupil.grade}${record.pupil.classLetter}`, record.pupil);
  return {
    kind,
    fileName,
    analysis,
    rows: planRosterImport(kind, analysis.rows, existing),
    classes: sortClasses([...classes.values()]),
  };
}
