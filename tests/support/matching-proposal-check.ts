import type { CohortProblem, CohortProposal, UnmatchedReason } from "@/lib/matching/optimiser/types";

/** Everything wrong with a proposal, checked from the problem alone (empty when it is feasible and consistent). */
export function proposalProblems(problem: CohortProblem, proposal: CohortProposal): string[] {
  const problems: string[] = [];
  const mentorById = new Map(problem.mentors.map((m) => [m.id, m]));
  const menteeById = new Map(problem.mentees.map((m) => [m.id, m]));
  const same = (a: { menteeId: string; mentorId: string }) => (b: { menteeId: string; mentorId: string }) =>
    a.menteeId === b.menteeId && a.mentorId === b.mentorId;
  const usable = (edge: { menteeId: string; mentorId: string }) => {
    const group = mentorById.get(edge.mentorId)!.groupRequest;
    const fitsGroup = !group || menteeById.get(edge.menteeId)!.requests.includes(group);
    return fitsGroup && !problem.forbidden?.some(same(edge));
  };
  const seen = [...proposal.pairs.map((p) => p.menteeId), ...proposal.unmatched.map((u) => u.menteeId)];
  if (seen.length !== problem.mentees.length || new Set(seen).size !== seen.length) problems.push("mentees not partitioned");
  const load = new Map<string, number>();
  for (const pair of proposal.pairs) {
    const edge = problem.edges.find(same(pair));
    if (!edge || edge.score !== pair.score) problems.push(`pair ${pair.menteeId}-${pair.mentorId} is not an edge`);
    if (!usable(pair)) problems.push(`pair ${pair.menteeId}-${pair.mentorId} forbidden or outside the group`);
    if (pair.locked !== !!problem.locked?.some(same(pair))) problems.push(`pair ${pair.menteeId} locked flag`);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  }
  for (const pair of problem.locked ?? []) if (!proposal.pairs.some(same(pair))) problems.push("locked pair missing");
  for (const allocation of proposal.mentors) {
    const mentor = mentorById.get(allocation.mentorId)!;
    const count = load.get(mentor.id) ?? 0;
    if (count > mentor.freePlaces) problems.push(`mentor ${mentor.id} over capacity`);
    if (allocation.menteeIds.length !== count || allocation.freePlacesLeft !== mentor.freePlaces - count) {
      problems.push(`mentor ${mentor.id} allocation`);
    }
  }
  const total = proposal.pairs.reduce((sum, pair) => sum + pair.score, 0);
  if (proposal.totalScore !== total || proposal.matched !== proposal.pairs.length) problems.push("totals");
  const lockedLoad = new Map<string, number>();
  for (const pair of problem.locked ?? []) lockedLoad.set(pair.mentorId, (lockedLoad.get(pair.mentorId) ?? 0) + 1);
  for (const { menteeId, reason } of proposal.unmatched) {
    const options = problem.edges.filter((edge) => edge.menteeId === menteeId && usable(edge));
    const open = options.filter((edge) => mentorById.get(edge.mentorId)!.freePlaces > (lockedLoad.get(edge.mentorId) ?? 0));
    const expected: UnmatchedReason = !options.length ? "NO_ELIGIBLE_MENTOR" : !open.length ? "MENTORS_FULL" : "LOST_TO_OTHERS";
    if (reason !== expected) problems.push(`mentee ${menteeId}: ${reason}, expected ${expected}`);
    // At an optimum nobody is left out while a usable mentor still has a place.
    if (open.some((edge) => (load.get(edge.mentorId) ?? 0) < mentorById.get(edge.mentorId)!.freePlaces)) {
      problems.push(`mentee ${menteeId} left out beside a free place`);
    }
  }
  return problems;
}
