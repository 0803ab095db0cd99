import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { classOrderBy, sortClasses } from "@/lib/format/class-order";
import { assertCan } from "@/lib/permissions";
import { className } from "./rules";

/** The classes that have enrolled pupils, for the class pickers; class names are not personal data. */
export async function listSchoolClasses(viewer: Viewer): Promise<string[]> {
  assertCan(viewer, "mentee-base:read");
  const classes = await db.pupil.findMany({
    where: { schoolId: viewer.schoolId, status: "ENROLLED" },
    distinct: ["grade", "classLetter"],
    orderBy: classOrderBy,
    select: { grade: true, classLetter: true },
  });
  return sortClasses(classes).map(className);
}

/** Enrolled pupils of one class for the «add to the base» checkboxes, with whether each is already a candidate. */
export async function listClassPupils(viewer: Viewer, klass: { grade: number; classLetter: string }) {
  assertCan(viewer, "mentee-base:edit");
  const pupils = await db.pupil.findMany({
    where: {
      schoolId: viewer.schoolId,
      grade: klass.grade,
      classLetter: klass.classLetter,
      status: "ENROLLED",
      person: { anonymisedAt: null },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    select: {
      personId: true,
      person: { select: { lastName: true, firstName: true, middleName: true, mentee: { select: { id: true } } } },
    },
  });
  await recordReads(
    viewer,
    pupils.map((p) => p.personId),
    `Список класса ${className(klass)} (добавление в базу наставляемых)`,
  );
  return pupils.map((p) => ({
    personId: p.personId,
    lastName: p.person.lastName,
    firstName: p.person.firstName,
    middleName: p.person.middleName,
    inBase: !!p.person.mentee,
  }));
}
