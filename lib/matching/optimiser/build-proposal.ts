import type { IndexedProblem } from "./index-problem";
import {
  unmatchedReasonLabels,
  type CohortProblem,
  type CohortProposal,
  type MentorAllocation,
  type ProposedPair,
  type UnmatchedReason,
} from "./types";

/**
 * The optimiser's answer in ids: the pairs (locked first), each mentor's mentees, and why each mentee left without a
 * pair is so. At an optimum a mentee with a usable pair to a mentor who had places can only have lost them to others.
 */
export function buildProposal(
  problem: CohortProblem,
  edges: Omit<IndexedProblem, "lockedEdges">,
  assigned: Int32Array,
  lockedEdges: readonly number[],
  placesAfterLocked: Int32Array,
): CohortProposal {
  const { edgeMentee, edgeMentor, edgeScore, usable } = edges;
  const hasUsable = new Uint8Array(problem.mentees.length);
  const hasPlaces = new Uint8Array(problem.mentees.length);
  for (let e = 0; e < edgeMentee.length; e++) {
    if (!usable[e]) continue;
    hasUsable[edgeMentee[e]] = 1;
    if (placesAfterLocked[edgeMentor[e]] > 0) hasPlaces[edgeMentee[e]] = 1;
  }

  const locked = new Set(lockedEdges);
  const allocations: MentorAllocation[] = problem.mentors.map((mentor) => ({
    mentorId: mentor.id,
    groupRequest: mentor.groupRequest ?? null,
    menteeIds: [],
    freePlacesLeft: mentor.freePlaces,
  }));
  const lockedPairs: ProposedPair[] = [];
  const proposedPairs: ProposedPair[] = [];
  const unmatched: CohortProposal["unmatched"] = [];
  let totalScore = 0;
  problem.mentees.forEach((mentee, index) => {
    const e = assigned[index];
    if (e < 0) {
      const reason: UnmatchedReason = !hasUsable[index]
        ? "NO_ELIGIBLE_MENTOR"
        : !hasPlaces[index]
          ? "MENTORS_FULL"
          : "LOST_TO_OTHERS";
      unmatched.push({ menteeId: mentee.id, reason, label: unmatchedReasonLabels[reason] });
      return;
    }
    const allocation = allocations[edgeMentor[e]];
    allocation.menteeIds.push(mentee.id);
    allocation.freePlacesLeft--;
    totalScore += edgeScore[e];
    const pair = { menteeId: mentee.id, mentorId: allocation.mentorId, score: edgeScore[e], locked: locked.has(e) };
    (pair.locked ? lockedPairs : proposedPairs).push(pair);
  });
  const pairs = [...lockedPairs, ...proposedPairs];
  return { objective: problem.objective, pairs, mentors: allocations, unmatched, matched: pairs.length, totalScore };
}
