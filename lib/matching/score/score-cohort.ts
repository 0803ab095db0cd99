import type { CohortEdge } from "@/lib/matching/optimiser/types";
import { evaluatePair, type ScoreContext } from "./evaluate-pair";
import type { ScoreMentee, ScoreMentor } from "./types";

/** Every eligible pair of the cohort with its score: the edges the cohort optimiser chooses from. */
export function scoreCohortEdges(
  mentees: readonly ScoreMentee[],
  mentors: readonly ScoreMentor[],
  context: ScoreContext,
): CohortEdge[] {
  const edges: CohortEdge[] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      const score = evaluatePair(mentee, mentor, context, false);
      if (score.eligible) edges.push({ menteeId: mentee.id, mentorId: mentor.id, score: score.total });
    }
  }
  return edges;
}
