import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { describeConsent } from "@/lib/consent/consent-rules";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { loadMenteeSection } from "./get-mentee-card";

const name = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/** Who may open a person's card: readers of the roster or of the mentee base, in their own school. */
export function mayOpenPersonCard(viewer: Viewer): boolean {
  return can(viewer, "roster:read") || can(viewer, "mentee-base:read");
}

/**
 * A person of the viewer's school: who they are, their family, their place in the mentee base (with the requests
 * the viewer may read) and consent. Another school's id is "not found". The read is logged before it is returned.
 */
export async function getPersonCard(viewer: Viewer, personId: string) {
  if (!mayOpenPersonCard(viewer)) throw new AppError("FORBIDDEN");
  const person = await db.person.findFirst({
    where: { id: personId, schoolId: viewer.schoolId },
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      anonymisedAt: true,
      pupil: { select: { grade: true, classLetter: true, status: true, leftAt: true } },
      staff: { select: { position: true, experienceYears: true, leftAt: true } },
      parents: { where: { schoolId: viewer.schoolId }, select: { parent: name } },
      children: { where: { schoolId: viewer.schoolId }, select: { child: name } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND");
  const [mentee, consents] = await Promise.all([
    can(viewer, "mentee-base:read") ? loadMenteeSection(viewer, personId) : null,
    loadConsentStatuses(viewer.schoolId, [personId], todayCalendarDate(viewer.timeZone)),
  ]);
  const consent = consents.get(personId);
  await recordReads(viewer, [personId], "Карточка человека");
  return {
    ...person,
    parents: person.parents.map((p) => p.parent),
    children: person.children.map((c) => c.child),
    mentee,
    consent: consent ? describeConsent(consent) : null,
  };
}

export type PersonCard = Awaited<ReturnType<typeof getPersonCard>>;
