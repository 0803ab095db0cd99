import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import type { CohortEdge, CohortProblem, MatchingObjective, PairRef } from "@/lib/matching/optimiser/types";
import type { Random } from "@/prisma/seed/random";

const kinds: MenteeRequestKind[] = ["GIFTEDNESS", "ADAPTATION", "CAREER_CHOICE"];

/** A small random cohort with capacities (some 0), groups, ties, zero scores, locked and forbidden pairs. */
export function smallCohort(random: Random, objective: MatchingObjective): CohortProblem {
  const mentees = Array.from({ length: random.int(0, 7) }, (_, i) => ({
    id: `e${i}`,
    requests: kinds.filter(() => random.chance(0.5)),
  }));
  const mentors = Array.from({ length: random.int(0, 4) }, (_, j) => ({
    id: `m${j}`,
    freePlaces: random.int(0, 3),
    groupRequest: random.chance(0.3) ? random.pick(kinds) : null,
  }));
  const edges: CohortEdge[] = mentees.flatMap((mentee) =>
    mentors
      .filter(() => random.chance(0.6))
      .map((mentor) => ({ menteeId: mentee.id, mentorId: mentor.id, score: random.int(0, 12) })),
  );
  const locked: PairRef[] = [];
  const taken = new Map<string, number>();
  for (let attempt = random.int(0, 3); attempt > 0 && edges.length; attempt--) {
    const edge = random.pick(edges);
    const mentor = mentors.find((m) => m.id === edge.mentorId)!;
    const mentee = mentees.find((m) => m.id === edge.menteeId)!;
    const fitsGroup = !mentor.groupRequest || mentee.requests.includes(mentor.groupRequest);
    const places = (taken.get(mentor.id) ?? 0) + 1;
    if (!fitsGroup || places > mentor.freePlaces || locked.some((pair) => pair.menteeId === mentee.id)) continue;
    taken.set(mentor.id, places);
    locked.push({ menteeId: edge.menteeId, mentorId: edge.mentorId });
  }
  const forbidden: PairRef[] = [];
  for (let attempt = random.int(0, 3); attempt > 0 && mentees.length && mentors.length; attempt--) {
    const pair = { menteeId: random.pick(mentees).id, mentorId: random.pick(mentors).id };
    if (!locked.some((l) => l.menteeId === pair.menteeId && l.mentorId === pair.mentorId)) forbidden.push(pair);
  }
  return { mentees, mentors, edges, locked, forbidden, objective };
}

export interface ObjectiveValue {
  matched: number;
  score: number;
}

/** Compares as the objective ranks proposals: positive when `a` is better. */
export function compareValues(objective: MatchingObjective, a: ObjectiveValue, b: ObjectiveValue): number {
  return objective === "MOST_MATCHED" ? a.matched - b.matched || a.score - b.score : a.score - b.score || a.matched - b.matched;
}

/** The optimum by trying every choice of every mentee (none, or one of their allowed pairs). */
export function bruteForceOptimum(problem: CohortProblem): ObjectiveValue {
  const isForbidden = (edge: CohortEdge) =>
    problem.forbidden?.some((pair) => pair.menteeId === edge.menteeId && pair.mentorId === edge.mentorId) ?? false;
  const options = problem.mentees.map((mentee) => {
    const lockedTo = problem.locked?.find((pair) => pair.menteeId === mentee.id);
    const allowed = problem.edges.filter((edge) => {
      if (edge.menteeId !== mentee.id || isForbidden(edge)) return false;
      const group = problem.mentors.find((m) => m.id === edge.mentorId)!.groupRequest;
      return !group || mentee.requests.includes(group);
    });
    if (lockedTo) return allowed.filter((edge) => edge.mentorId === lockedTo.mentorId);
    return [null, ...allowed];
  });
  const places = new Map(problem.mentors.map((m) => [m.id, m.freePlaces]));
  let best: ObjectiveValue | null = null;
  const visit = (i: number, value: ObjectiveValue) => {
    if (i === options.length) {
      if (!best || compareValues(problem.objective, value, best) > 0) best = { ...value };
      return;
    }
    for (const edge of options[i]) {
      if (!edge) {
        visit(i + 1, value);
        continue;
      }
      const left = places.get(edge.mentorId)!;
      if (left === 0) continue;
      places.set(edge.mentorId, left - 1);
      visit(i + 1, { matched: value.matched + 1, score: value.score + edge.score });
      places.set(edge.mentorId, left);
    }
  };
  visit(0, { matched: 0, score: 0 });
  return best ?? { matched: 0, score: 0 };
}
