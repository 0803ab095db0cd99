import "server-only";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import type { CaseParticipant } from "./reveal-rules";

/**
 * The people of the cases' pairs with their publication consent as it is today (the mentor and every mentee), in three
 * queries whatever the number of cases. A pair of another school is never loaded: the school is in every `where`.
 */
export async function loadCaseParticipants(
  schoolId: string,
  mentorshipIds: string[],
  today: Date,
): Promise<Map<string, CaseParticipant[]>> {
  const ids = [...new Set(mentorshipIds)];
  if (ids.length === 0) return new Map();
  const pairs = await db.mentorship.findMany({
    where: { schoolId, id: { in: ids } },
    select: {
      id: true,
      mentor: { select: { category: true, person: { select: personFields } } },
      mentees: {
        orderBy: { id: "asc" },
        select: { mentee: { select: { kind: true, person: { select: personFields } } } },
      },
    },
  });
  const personIds = pairs.flatMap((p) => [p.mentor.person.id, ...p.mentees.map((m) => m.mentee.person.id)]);
  const consents = await loadConsentStatuses(schoolId, personIds, today, "PUBLICATION");
  const participant = (
    person: PersonRow,
    role: CaseParticipant["role"],
    extra: Pick<CaseParticipant, "mentorCategory" | "menteeKind">,
  ): CaseParticipant => ({
    personId: person.id,
    role,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    grade: person.pupil?.grade ?? null,
    anonymised: person.anonymisedAt !== null,
    publicationConsent: consents.get(person.id)?.valid ?? false,
    ...extra,
  });
  return new Map(
    pairs.map((p) => [
      p.id,
      [
        participant(p.mentor.person, "MENTOR", { mentorCategory: p.mentor.category, menteeKind: null }),
        ...p.mentees.map((m) => participant(m.mentee.person, "MENTEE", { mentorCategory: null, menteeKind: m.mentee.kind })),
      ],
    ]),
  );
}

const personFields = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  anonymisedAt: true,
  pupil: { select: { grade: true } },
} as const;

interface PersonRow {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  anonymisedAt: Date | null;
  pupil: { grade: number } | null;
}
