import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenteeKind, MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { menteeEligibility } from "@/lib/matching/eligibility";
import { assertCan, can } from "@/lib/permissions";
import { nameSearchWhere } from "@/lib/search/name-search";
import type { MenteeBaseFilters } from "./base-filters";
import { requestKinds } from "./labels";
import { className, parseClassName } from "./rules";

export interface MenteeBaseRow {
  personId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  kind: MenteeKind;
  /** «7А» for a pupil, the position for a teacher. */
  place: string;
  /** Kinds of the open (non-confidential) requests only. */
  requestKinds: MenteeRequestKind[];
  /** Set only for viewers who may read confidential facts; never says which. */
  hasConfidential: boolean;
  eligible: boolean;
  reasons: string[];
  /** In a pair or group now: one being formed or working, that they have not left. */
  hasPair: boolean;
}

/**
 * The mentee base of the viewer's school. Confidential requests never reach a list, for anyone: a request-kind filter
 * matches open requests only, and the curator and psychologist see just a neutral marker. A fixed number of queries whatever the size.
 */
export async function listMenteeBase(viewer: Viewer, filters: MenteeBaseFilters = {}): Promise<MenteeBaseRow[]> {
  assertCan(viewer, "mentee-base:read");
  const seesMarker = can(viewer, "mentee-confidential:read");
  const currentPair: Prisma.MentorshipMenteeWhereInput = {
    schoolId: viewer.schoolId,
    leftOn: null,
    mentorship: { schoolId: viewer.schoolId, status: { in: ["FORMING", "ACTIVE"] } },
  };
  const klass = parseClassName(filters.className);
  const where: Prisma.MenteeProfileWhereInput = {
    schoolId: viewer.schoolId,
    person: { ...(klass && { pupil: { grade: klass.grade, classLetter: klass.classLetter } }), ...nameSearchWhere(filters.q) },
    ...(filters.pair === "without" && { mentorships: { none: currentPair } }),
    ...(filters.pair === "with" && { mentorships: { some: currentPair } }),
  };
  if (filters.kind && requestKinds.includes(filters.kind)) {
    where.requests = { some: { schoolId: viewer.schoolId, kind: filters.kind, confidential: false } };
  }
  const mentees = await db.menteeProfile.findMany({
    where,
    select: {
      id: true,
      personId: true,
      kind: true,
      person: {
        select: {
          lastName: true,
          firstName: true,
          middleName: true,
          anonymisedAt: true,
          pupil: { select: { grade: true, classLetter: true, status: true } },
          staff: { select: { position: true } },
        },
      },
      // Only the open requests are loaded; for the marker, the confidential ones are counted, not read.
      requests: {
        where: { schoolId: viewer.schoolId, confidential: false },
        select: { kind: true },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
  });
  // Counted for these mentees only (on the menteeId indexes): Prisma's relation `_count` counts the whole tables.
  const menteeIds = mentees.map((m) => m.id);
  const [consents, confidential, paired] = await Promise.all([
    loadConsentStatuses(
      viewer.schoolId,
      mentees.map((m) => m.personId),
      todayCalendarDate(viewer.timeZone),
    ),
    menteeIds.length && seesMarker
      ? db.menteeRequest.groupBy({
          by: ["menteeId"],
          where: { schoolId: viewer.schoolId, menteeId: { in: menteeIds }, confidential: true },
        })
      : [],
    menteeIds.length
      ? db.mentorshipMentee.groupBy({ by: ["menteeId"], where: { ...currentPair, menteeId: { in: menteeIds } } })
      : [],
  ]);
  const withConfidential = new Set(confidential.map((row) => row.menteeId));
  const withPair = new Set(paired.map((row) => row.menteeId));
  const rows = mentees.flatMap((m): MenteeBaseRow[] => {
    const consent = consents.get(m.personId);
    const eligibility = consent
      ? menteeEligibility({ consent, pupilStatus: m.person.pupil?.status ?? null, anonymised: !!m.person.anonymisedAt })
      : { eligible: false, reasons: ["Нет сведений о согласии"] };
    if (filters.eligibility === "eligible" && !eligibility.eligible) return [];
    if (filters.eligibility === "blocked" && eligibility.eligible) return [];
    return [
      {
        personId: m.personId,
        lastName: m.person.lastName,
        firstName: m.person.firstName,
        middleName: m.person.middleName,
        kind: m.kind,
        place: m.person.pupil ? className(m.person.pupil) : (m.person.staff?.position ?? ""),
        requestKinds: [...new Set(m.requests.map((r) => r.kind))],
        hasConfidential: seesMarker && withConfidential.has(m.id),
        eligible: eligibility.eligible,
        reasons: eligibility.reasons,
        hasPair: withPair.has(m.id),
      },
    ];
  });
  await recordReads(
    viewer,
    rows.map((r) => r.personId),
    "База наставляемых",
  );
  return rows;
}
