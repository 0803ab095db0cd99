import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consentStatus } from "@/lib/consent/consent-rules";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { certificateState } from "@/lib/mentors/certificate-rule";
import { menteeEligibility, mentorEligibility } from "./eligibility";

const OPEN_PAIR = { in: ["FORMING", "ACTIVE"] as ("FORMING" | "ACTIVE")[] };

const personFields = {
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  anonymisedAt: true,
  pupil: { select: { grade: true, classLetter: true, status: true } },
  consentsAbout: { where: { purpose: "MENTORING" as const }, select: { giverRole: true, withdrawnAt: true } },
};

/**
 * Mentors and mentees of the viewer's school with whether each may be put into a pair now.
 * Three queries whatever the count; `ids` narrows them (the action checks only what it was sent).
 */
export async function loadMatchCandidates(viewer: Viewer, ids?: { mentorIds?: string[]; menteeIds?: string[] }) {
  const today = todayCalendarDate();
  const [school, mentors, mentees] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { certificateMaxAgeMonths: true } }),
    db.mentorProfile.findMany({
      where: { schoolId: viewer.schoolId, ...(ids?.mentorIds && { id: { in: ids.mentorIds } }), status: { not: "DECLINED" } },
      select: {
        id: true, category: true, status: true, capacity: true, certificateIssuedOn: true,
        person: { select: personFields },
        mentorships: { where: { status: OPEN_PAIR }, select: { _count: { select: { mentees: { where: { leftOn: null } } } } } },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    }),
    db.menteeProfile.findMany({
      where: { schoolId: viewer.schoolId, ...(ids?.menteeIds && { id: { in: ids.menteeIds } }) },
      select: {
        id: true, kind: true,
        person: { select: personFields },
        mentorships: { where: { leftOn: null, mentorship: { status: OPEN_PAIR } }, select: { id: true } },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    }),
  ]);
  const consentOf = (person: (typeof mentors)[number]["person"]) =>
    consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, person.consentsAbout, today);

  return {
    mentors: mentors.map((m) => {
      const load = m.mentorships.reduce((sum, pair) => sum + pair._count.mentees, 0);
      return {
        id: m.id, category: m.category, capacity: m.capacity, load, person: m.person,
        eligibility: mentorEligibility({
          status: m.status,
          certificate: certificateState(m, school.certificateMaxAgeMonths, today),
          consent: consentOf(m.person),
          anonymised: !!m.person.anonymisedAt,
        }),
      };
    }),
    mentees: mentees.map((m) => ({
      id: m.id, kind: m.kind, person: m.person, inOpenPair: m.mentorships.length > 0,
      eligibility: menteeEligibility({
        consent: consentOf(m.person),
        pupilStatus: m.person.pupil?.status ?? null,
        anonymised: !!m.person.anonymisedAt,
      }),
    })),
  };
}

export type MatchCandidates = Awaited<ReturnType<typeof loadMatchCandidates>>;
