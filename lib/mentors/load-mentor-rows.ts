import "server-only";
import { countCurrentMentees } from "@/lib/mentorships/count-current-mentees";
import type { Viewer } from "@/lib/auth/viewer";
import { consentStatus } from "@/lib/consent/consent-rules";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import type { MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { nameSearchWhere } from "@/lib/search/name-search";
import { mentorReadiness } from "./mentor-readiness";
import { mentorOrigin, mentorState } from "./mentor-state";

export interface MentorFilters {
  status?: MentorStatus;
  category?: MentorCategory;
  /** Only these mentor profiles (an action checking what it was sent). */
  ids?: string[];
  /** A name search: every word is part of the last, first or middle name. */
  q?: string;
}

/** The mentor's person and partner as the list and the card show them. */
export const MENTOR_PERSON_SELECT = {
  partner: { select: { id: true, name: true } },
  person: {
    select: {
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      anonymisedAt: true,
      pupil: { select: { grade: true, classLetter: true } },
      staff: { select: { position: true } },
    },
  },
} as const;

/** Pairs and groups that take a mentor's time: being formed or working. */
export const OPEN_MENTORSHIP = { in: ["FORMING", "ACTIVE"] as ("FORMING" | "ACTIVE")[] };

/** A mentor's load: the mentees in their open pairs of the current programme (an older programme's pairs do not count). */
export function loadWhere(schoolId: string, programmeId: string | undefined) {
  return { schoolId, status: OPEN_MENTORSHIP, programmeId: programmeId ?? "" };
}

/**
 * The school's mentors with load, certificate, consent and eligibility: four queries whatever the count (the school's
 * setting and current programme, the mentors with their open pairs, the consents). Callers check permissions and log reads.
 */
export async function loadMentorRows(viewer: Viewer, filters: MentorFilters, today: Date) {
  const [school, programme] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { certificateMaxAgeMonths: true } }),
    findCurrentProgramme(viewer.schoolId),
  ]);
  const mentors = await db.mentorProfile.findMany({
    where: {
      schoolId: viewer.schoolId,
      status: filters.status,
      category: filters.category,
      ...(filters.ids && { id: { in: filters.ids } }),
      person: nameSearchWhere(filters.q),
    },
    select: {
      id: true,
      personId: true,
      category: true,
      status: true,
      capacity: true,
      certificateIssuedOn: true,
      preferredForms: true,
      preferredFormats: true,
      statusChangedAt: true,
      ...MENTOR_PERSON_SELECT,
      mentorships: {
        where: loadWhere(viewer.schoolId, programme?.id),
        select: { id: true },
      },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
  });
  const consents = await loadConsentStatuses(
    viewer.schoolId,
    mentors.map((m) => m.personId),
    today,
  );
  const mentees = await countCurrentMentees(mentors.flatMap((m) => m.mentorships.map((pair) => pair.id)));
  return mentors.map(({ person, mentorships, ...mentor }) => {
    const load = mentorships.reduce((sum, pair) => sum + (mentees.get(pair.id) ?? 0), 0);
    const consent =
      consents.get(mentor.personId) ?? consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, [], today);
    const state = mentorState({ ...mentor, anonymised: !!person.anonymisedAt }, consent, school.certificateMaxAgeMonths, today);
    return {
      ...mentor,
      name: fullName(person),
      origin: mentorOrigin(person),
      load,
      freePlaces: Math.max(0, mentor.capacity - load),
      ...state,
      readiness: mentorReadiness(state.eligibility, load, mentor.capacity),
    };
  });
}

export type MentorRow = Awaited<ReturnType<typeof loadMentorRows>>[number];
