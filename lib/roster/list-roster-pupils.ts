import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { compareClasses } from "@/lib/format/class-order";
import type { PupilStatus } from "@/lib/generated/prisma/enums";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { nameSearchWhere } from "@/lib/search/name-search";
import { classLabel } from "./parse-class-name";

export type PupilStatusFilter = PupilStatus | "ALL";

/**
 * Pupils of one class (or of all classes), by status and an optional name search, sorted by class and name. Logs the read of every person listed
 * before returning them, as «Список класса 7А».
 */
export async function listRosterPupils(
  viewer: Viewer,
  filter: { grade?: number; classLetter?: string; status: PupilStatusFilter; q?: string },
) {
  assertCan(viewer, "roster:read");
  const pupils = await db.pupil.findMany({
    where: {
      schoolId: viewer.schoolId,
      ...(filter.grade !== undefined ? { grade: filter.grade, classLetter: filter.classLetter ?? "" } : {}),
      ...(filter.status !== "ALL" ? { status: filter.status } : {}),
      person: nameSearchWhere(filter.q),
    },
    select: {
      id: true,
      grade: true,
      classLetter: true,
      status: true,
      leftAt: true,
      person: { select: { id: true, lastName: true, firstName: true, middleName: true, birthDate: true, anonymisedAt: true } },
    },
  });
  // Sorted here: the database's collation may put «Ё» before «А».
  pupils.sort((a, b) => compareClasses(a, b) || fullName(a.person).localeCompare(fullName(b.person), "ru"));
  const list =
    filter.grade !== undefined
      ? `Список класса ${classLabel({ grade: filter.grade, classLetter: filter.classLetter ?? "" })}`
      : "Список учеников";
  const what = filter.q ? `${list}, поиск по ФИО` : list;
  await recordReads(
    viewer,
    pupils.map((p) => p.person.id),
    what,
  );
  return pupils;
}
