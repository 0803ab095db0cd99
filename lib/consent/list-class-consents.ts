import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { menteeEligibility } from "@/lib/matching/eligibility";
import { assertCan } from "@/lib/permissions";
import { consentListFields, statusesByPurpose } from "./consent-statuses";

export interface SchoolClass {
  grade: number;
  classLetter: string;
}

/** Classes that have pupils, for the class picker. */
export async function listConsentClasses(viewer: Viewer): Promise<SchoolClass[]> {
  assertCan(viewer, "consent:read");
  return db.pupil.findMany({
    where: { schoolId: viewer.schoolId },
    distinct: ["grade", "classLetter"],
    orderBy: [{ grade: "asc" }, { classLetter: "asc" }],
    select: { grade: true, classLetter: true },
  });
}

const nameFields = { lastName: true, firstName: true, middleName: true } as const;

/**
 * The pupils of one class with their consents, consent status per purpose and eligibility for matching, in one query.
 * `what` names the place for the read log, e.g. «Согласия, класс 7А».
 */
export async function listClassConsents(viewer: Viewer, schoolClass: SchoolClass, what: string) {
  assertCan(viewer, "consent:read");
  const people = await db.person.findMany({
    where: { schoolId: viewer.schoolId, pupil: { grade: schoolClass.grade, classLetter: schoolClass.classLetter } },
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
  await recordReads(viewer, people.map((p) => p.id), what);
  const today = todayCalendarDate(viewer.timeZone);
  return people.map((person) => {
    const status = statusesByPurpose({ birthDate: person.birthDate, isPupil: true }, person.consentsAbout, today);
    return {
      ...person,
      parents: person.parents.map((p) => p.parent),
      status,
      eligibility: menteeEligibility({ consent: status.MENTORING, pupilStatus: person.pupil?.status ?? null, anonymised: !!person.anonymisedAt }),
    };
  });
}

export type ClassConsentRow = Awaited<ReturnType<typeof listClassConsents>>[number];
