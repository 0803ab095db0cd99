import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { evaluatePair } from "@/lib/matching/score/evaluate-pair";
import { scoreMatch } from "@/lib/matching/score/score-match";
import { assertCan } from "@/lib/permissions";
import { explainWaiting } from "./explain-waiting";
import { loadCohort, type CohortMenteeRow, type CohortMentorRow } from "./load-cohort";

const ALTERNATIVES = 8;

function personLabel(person: CohortMenteeRow["person"]): string {
  return `${fullName(person)}${person.pupil ? `, ${person.pupil.grade}${person.pupil.classLetter}` : ""}`;
}

/**
 * The curator's matching draft of the programme: each mentee's proposed or accepted pair with «почему эта пара», the
 * mentors the pair could be given to instead, everyone waiting with the reason, and the mentors outside the matching.
 */
export async function getMatchingDraft(viewer: Viewer, programmeId: string) {
  assertCan(viewer, "mentorship:create");
  const cohort = await loadCohort(db, viewer, programmeId);
  const pairs = await db.mentorship.findMany({
    where: { schoolId: viewer.schoolId, programmeId, status: "FORMING", orderId: null },
    select: { id: true, form: true, format: true },
  });
  const pairOf = new Map(pairs.map((pair) => [pair.id, pair]));
  const context = { settings: cohort.programme.settings, forms: cohort.programme.forms };
  const mentorOf = new Map(cohort.mentors.map((m) => [m.id, m]));
  const admitted = cohort.mentors.filter((m) => m.eligibility.eligible);
  const excludedFor = (menteeId: string) =>
    new Set(cohort.exclusions.filter((e) => e.menteeId === menteeId).map((e) => e.mentorId));
  const fitsGroup = (mentee: CohortMenteeRow, mentor: CohortMentorRow) =>
    !mentor.groupRequest || mentee.requests.some((r) => r.kind === mentor.groupRequest);

  const rows = cohort.mentees.flatMap((mentee) => {
    const draft = mentee.draft;
    const mentor = draft && mentorOf.get(draft.mentorId);
    const pair = draft && pairOf.get(draft.mentorshipId);
    if (!draft || !mentor || !pair) return [];
    const alternatives = admitted
      .filter((m) => m.id !== mentor.id && m.freePlaces > 0 && fitsGroup(mentee, m))
      .flatMap((m) => {
        const score = evaluatePair(mentee, m, context, false);
        return score.eligible ? [{ mentorId: m.id, name: fullName(m.person), total: score.total }] : [];
      })
      .sort((a, b) => b.total - a.total)
      .slice(0, ALTERNATIVES);
    return [
      {
        ...draft,
        form: pair.form,
        format: pair.format,
        mentee: { id: mentee.id, label: personLabel(mentee.person) },
        mentor: { id: mentor.id, name: fullName(mentor.person) },
        explanation: scoreMatch(mentee, mentor, context),
        alternatives,
      },
    ];
  });
  const waiting = cohort.mentees
    .filter((mentee) => !mentee.draft)
    .map((mentee) => ({
      id: mentee.id,
      label: personLabel(mentee.person),
      ...explainWaiting(mentee, cohort.mentors, context, excludedFor(mentee.id)),
    }));
  const outside = cohort.mentors
    .filter((m) => !m.eligibility.eligible)
    .map((m) => ({ id: m.id, name: fullName(m.person), reasons: m.eligibility.reasons }));

  await recordReads(
    viewer,
    [...cohort.mentees.map((m) => m.person.id), ...cohort.mentors.map((m) => m.person.id)],
    "Подбор пар: черновик",
  );
  return {
    version: cohort.programme.draftVersion,
    settings: cohort.programme.settings,
    rows,
    waiting,
    outside,
    exclusions: cohort.exclusions.length,
    freePlaces: admitted.reduce((sum, m) => sum + m.freePlaces, 0),
  };
}

export type MatchingDraft = Awaited<ReturnType<typeof getMatchingDraft>>;
export type MatchingDraftRow = MatchingDraft["rows"][number];
