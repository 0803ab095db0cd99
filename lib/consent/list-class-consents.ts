import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { classOrderBy, sortClasses } from "@/lib/format/class-order";
import { todayCalendarDate } from "@/lib/format/date";
import { menteeEligibility } from "@/lib/matching/eligibility";
import { assertCan } from "@/lib/permissions";
import { nameSearchWhere } from "@/lib/search/name-search";
import { consentListFields, statusesByPurpose } from "./consent-statuses";

export interface SchoolClass {
  grade: number;
  classLetter: string;
}

/** Classes that have pupils, for the class picker. */
export async function listConsentClasses(viewer: Viewer): Promise<SchoolClass[]> {
  assertCan(viewer, "consent:read");
  const classes = await db.pupil.findMany({
    where: { schoolId: viewer.schoolId },
    distinct: ["grade", "classLetter"],
    orderBy: classOrderBy,
    select: { grade: true, classLetter: true },
  });
  return sortClasses(classes);
}

const nameFields = { lastName: true, firstName: true, middleName: true } as const;

/**
 * The pupils of one class (or the school's pupils whose name matches a search) with their consents, consent status per
 * purpose and eligibility for matching, in one query. `what` names the place for the read log, e.g. «Согласия, класс 7А».
 */
export async function listClassConsents(viewer: Viewer, scope: SchoolClass | { q: string }, what: string) {
  assertCan(viewer, "consent:read");
  if ("q" in scope && !nameSearchWhere(scope.q)) return [];
  const people = await db.person.findMany({
    where: {
      schoolId: viewer.schoolId,
      ...("q" in scope
        ? { pupil: { isNot: null }, ...nameSearchWhere(scope.q) }
        : { pupil: { grade: scope.grade, classLetter: scope.classLetter } }),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: {
      id: true,
      ...nameFields,
      birthDate: true,
      anonymisedAt: true,
      pupil: { select: { status: true, grade: true, classLetter: true } },
      parents: { select: { parent: { select: { id: true, ...nameFields } } } },
      consentsAbout: {
        where: { schoolId: viewer.schoolId },
        orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }],
        select: { ...consentListFields, withdrawalReason: true, scanFileName: true, giver: { select: nameFields } },
      },
    },
  });
  await recordReads(
    viewer,
    people.map((p) => p.id),
    what,
  );
  const today = todayCalendarDate(viewer.timeZone);
  return people.map((person) => {
    const status = statusesByPurpose({ birthDate: person.birthDate, isPupil: true }, person.consentsAbout, today);
    return {
      ...person,
      parents: person.parents.map((p) => p.parent),
      status,
      eligibility: menteeEligibility({
        consent: status.MENTORING,
        pupilStatus: person.pupil?.status ?? null,
        anonymised: !!person.anonymisedAt,
      }),
    };
  });
}

export type ClassConsentRow = Awaited<ReturnType<typeof listClassConsents>>[number];
