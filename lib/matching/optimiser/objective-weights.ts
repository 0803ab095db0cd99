import type { MatchingObjective } from "./types";

/**
 * One positive weight per pair such that a maximum-weight assignment is optimal for the curator's objective, with a
 * lexicographic tie-break, all in exact integers:
 * - MOST_MATCHED: weight = B + score with B greater than any achievable total score (the sum of each row's best
 *   score, plus one), so one more pair always outweighs any difference in score; among equal counts, the best score.
 * - BEST_SCORE: weight = score × K + 1 with K greater than any number of pairs, so one more point of score always
 *   outweighs any difference in count; among equal scores, the most pairs.
 */
export function objectiveWeights(
  objective: MatchingObjective,
  rows: number,
  edgeRow: ArrayLike<number>,
  edgeScore: ArrayLike<number>,
  edges: readonly number[],
): Float64Array {
  const weights = new Float64Array(edgeScore.length);
  let maxWeight = 0;
  if (objective === "MOST_MATCHED") {
    const best = new Float64Array(rows);
    for (const e of edges) best[edgeRow[e]] = Math.max(best[edgeRow[e]], edgeScore[e]);
    const big = best.reduce((sum, score) => sum + score, 0) + 1;
    for (const e of edges) maxWeight = Math.max(maxWeight, (weights[e] = big + edgeScore[e]));
  } else {
    const big = rows + 1;
    for (const e of edges) maxWeight = Math.max(maxWeight, (weights[e] = edgeScore[e] * big + 1));
  }
  if (maxWeight * rows > Number.MAX_SAFE_INTEGER) {
    throw new RangeError("Match scores too large for exact arithmetic in the cohort optimiser");
  }
  return weights;
}
