import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consentStatus } from "@/lib/consent/consent-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayCalendarDate } from "@/lib/format/date";
import { menteeEligibility } from "@/lib/matching/eligibility";
import type { PairRef } from "@/lib/matching/optimiser/types";
import type { AvailabilitySlot } from "@/lib/matching/score/availability-slots";
import type { RoleTrait } from "@/lib/matching/score/role-models";
import type { ScoreMentee, ScoreMentor } from "@/lib/matching/score/types";
import { loadWhere, OPEN_MENTORSHIP } from "@/lib/mentors/load-mentor-rows";
import { mentorState } from "@/lib/mentors/mentor-state";
import { parseMatchSettings } from "./match-settings-storage";

type Client = Pick<Prisma.TransactionClient, "school" | "programme" | "menteeProfile" | "mentorProfile" | "matchExclusion">;

const personSelect = (schoolId: string) =>
  ({
    id: true,
    lastName: true,
    firstName: true,
    middleName: true,
    birthDate: true,
    anonymisedAt: true,
    pupil: { select: { grade: true, classLetter: true, status: true } },
    staff: { select: { experienceYears: true } },
    consentsAbout: { where: { schoolId, purpose: "MENTORING" }, select: { giverRole: true, withdrawnAt: true } },
  }) as const;

/** A mentee's row in the programme's draft: a forming pair or group not yet in an order. */
export interface DraftRow {
  rowId: string;
  mentorshipId: string;
  mentorId: string;
  accepted: boolean;
  score: number | null;
}

/**
 * The matching's cohort of the programme in a fixed number of queries: mentees waiting for a pair or in the draft
 * (not those already working or in an order), every mentor not declined with the places the draft leaves them, the
 * preferences of stage 5.2, the removed pairs and the curator's settings. Callers check permissions and log reads.
 */
export async function loadCohort(client: Client, viewer: Viewer, programmeId: string) {
  const schoolId = viewer.schoolId;
  const today = todayCalendarDate(viewer.timeZone);
  const [school, programme] = await Promise.all([
    client.school.findUniqueOrThrow({ where: { id: schoolId }, select: { certificateMaxAgeMonths: true } }),
    client.programme.findFirstOrThrow({
      where: { id: programmeId, schoolId },
      select: { id: true, startYear: true, forms: true, draftVersion: true, matchSettings: true },
    }),
  ]);
  const inDraft = { schoolId, programmeId, status: "FORMING", orderId: null } as const;
  const [menteeRows, mentorRows, exclusions] = await Promise.all([
    client.menteeProfile.findMany({
      where: { schoolId, person: { anonymisedAt: null, OR: [{ pupil: null }, { pupil: { status: { not: "LEFT" } } }] } },
      select: {
        id: true,
        kind: true,
        preferredFormats: true,
        availabilitySlots: true,
        traits: true,
        requests: { select: { kind: true, confidential: true } },
        person: { select: personSelect(schoolId) },
        mentorships: {
          where: { leftOn: null, mentorship: { status: OPEN_MENTORSHIP } },
          select: {
            id: true,
            accepted: true,
            score: true,
            mentorship: { select: { id: true, mentorId: true, programmeId: true, status: true, orderId: true } },
          },
        },
        preferences: {
          where: { programmeId, direction: "MENTEE_TO_MENTOR" },
          orderBy: { rank: "asc" },
          select: { mentorId: true },
        },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { id: "asc" }],
    }),
    client.mentorProfile.findMany({
      where: { schoolId, status: { not: "DECLINED" }, person: { anonymisedAt: null } },
      select: {
        id: true,
        category: true,
        status: true,
        capacity: true,
        certificateIssuedOn: true,
        competencyKinds: true,
        groupRequest: true,
        availabilitySlots: true,
        traits: true,
        preferredForms: true,
        preferredFormats: true,
        person: { select: personSelect(schoolId) },
        mentorships: {
          where: loadWhere(schoolId, programmeId),
          select: { mentees: { where: { leftOn: null }, select: { accepted: true } } },
        },
        preferences: {
          where: { programmeId, direction: "MENTOR_TO_MENTEE" },
          orderBy: { rank: "asc" },
          select: { menteeId: true },
        },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { id: "asc" }],
    }),
    client.matchExclusion.findMany({ where: { schoolId, programmeId }, select: { menteeId: true, mentorId: true } }),
  ]);

  const isDraft = (m: { programmeId: string; status: string; orderId: string | null }) =>
    m.programmeId === inDraft.programmeId && m.status === inDraft.status && m.orderId === null;
  const mentees = menteeRows.flatMap((m) => {
    const open = m.mentorships;
    // Someone working in a pair, or in an order on the director's table, is not the matching's to move.
    if (open.some((row) => !isDraft(row.mentorship))) return [];
    const row = open[0];
    const person = m.person;
    const eligibility = menteeEligibility({
      consent: consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, person.consentsAbout, today),
      pupilStatus: person.pupil?.status ?? null,
      anonymised: false,
    });
    const scored: ScoreMentee = {
      id: m.id,
      kind: m.kind,
      grade: person.pupil?.grade ?? null,
      experienceYears: person.staff?.experienceYears ?? null,
      traits: m.traits as RoleTrait[],
      choices: m.preferences.map((p) => p.mentorId),
      preferredFormats: m.preferredFormats,
      availability: m.availabilitySlots as AvailabilitySlot[],
      requests: m.requests,
      eligibility,
    };
    const draft: DraftRow | null = row
      ? {
          rowId: row.id,
          mentorshipId: row.mentorship.id,
          mentorId: row.mentorship.mentorId,
          accepted: row.accepted,
          score: row.score,
        }
      : null;
    return [{ ...scored, eligibility, person, draft }];
  });

  const mentors = mentorRows.map((m) => {
    const { person } = m;
    const consent = consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, person.consentsAbout, today);
    const state = mentorState({ ...m, anonymised: false }, consent, school.certificateMaxAgeMonths, today);
    const rows = m.mentorships.flatMap((pair) => pair.mentees);
    const proposed = rows.filter((row) => !row.accepted).length;
    const scored: ScoreMentor = {
      id: m.id,
      category: m.category,
      grade: person.pupil?.grade ?? null,
      experienceYears: person.staff?.experienceYears ?? null,
      traits: m.traits as RoleTrait[],
      choices: m.preferences.map((p) => p.menteeId),
      preferredForms: m.preferredForms,
      preferredFormats: m.preferredFormats,
      availability: m.availabilitySlots as AvailabilitySlot[],
      competencies: m.competencyKinds,
      eligibility: state.eligibility,
    };
    return {
      ...scored,
      eligibility: state.eligibility,
      person,
      capacity: m.capacity,
      groupRequest: m.groupRequest,
      /** Places left once the pairs the curator formed or accepted are counted, before any proposal. */
      placesForMatching: Math.max(0, m.capacity - (rows.length - proposed)),
      /** Places left now, proposals counted. */
      freePlaces: Math.max(0, m.capacity - rows.length),
    };
  });

  return {
    programme: { ...programme, settings: parseMatchSettings(programme.matchSettings) },
    mentees,
    mentors,
    exclusions: exclusions as PairRef[],
  };
}

export type Cohort = Awaited<ReturnType<typeof loadCohort>>;
export type CohortMenteeRow = Cohort["mentees"][number];
export type CohortMentorRow = Cohort["mentors"][number];
