import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ownChildren } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { giverRefusal } from "./consent-rules";
import { consentListFields, statusesByPurpose } from "./consent-statuses";

/**
 * The people whose consents the viewer gives in the app: their own children ("children") or themselves ("self"),
 * with the consents, the status per purpose, and whether the viewer may give it (null) or why not.
 */
export async function listOwnConsents(viewer: Viewer, who: "children" | "self") {
  assertCan(viewer, "consent:give-own");
  const people = await db.person.findMany({
    where: who === "children" ? ownChildren(viewer) : { schoolId: viewer.schoolId, userId: viewer.userId },
    orderBy: { firstName: "asc" },
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      anonymisedAt: true,
      pupil: { select: { grade: true, classLetter: true } },
      consentsAbout: {
        where: { schoolId: viewer.schoolId },
        orderBy: { createdAt: "desc" },
        select: { ...consentListFields, giver: { select: { userId: true } } },
      },
    },
  });
  const today = todayCalendarDate(viewer.timeZone);
  const giverRole = who === "self" ? "SELF" : "PARENT";
  return people.map((person) => {
    const subject = { birthDate: person.birthDate, isPupil: !!person.pupil };
    const activeByViewer = (purpose: ConsentPurpose) =>
      person.consentsAbout.some((c) => c.purpose === purpose && !c.withdrawnAt && c.giver.userId === viewer.userId);
    return {
      ...person,
      status: statusesByPurpose(subject, person.consentsAbout, today),
      given: { MENTORING: activeByViewer("MENTORING"), PUBLICATION: activeByViewer("PUBLICATION") },
      refusal: person.anonymisedAt
        ? "Данные обезличены."
        : !person.birthDate && person.pupil
          ? "В школе не указана дата рождения: обратитесь к куратору, чтобы дать согласие."
          : giverRefusal(subject, giverRole, today),
    };
  });
}

export type OwnConsentRow = Awaited<ReturnType<typeof listOwnConsents>>[number];
