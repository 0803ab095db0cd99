/*
 * The exact core of the cohort optimiser: a maximum-weight b-matching (each mentee at most once, each mentor at most
 * its free places), solved as a linear assignment problem by the Hungarian method of the `munkres` package.
 *
 * Why this and not another solver (Node 24; `npm run bench:matching` prints the current figures):
 * - The problem is a transportation problem: its constraint matrix is totally unimodular, so the assignment with one
 *   column per free place («slot») of each mentor is exact — no integer programming is needed. The two objectives
 *   become one weight per pair (see objective-weights.ts), so one assignment solves either exactly.
 * - `munkres` 2 (MIT, no dependencies, typed-array rows, O(M²N)) solves a school-sized cohort — 1,000 mentees ×
 *   300 mentors, ~780 places, ~130,000 eligible pairs — in about 0.2 s of CPU all told, and a uniformly random 1,000 ×
 *   750 matrix in 40 ms, where `linear-sum-assignment` (Jonker–Volgenant over ml-matrix) took 190 ms. `highs` (HiGHS
 *   in WebAssembly) is exact and general but took 3.6 s as an LP at this size; `glpk.js` is an LP/MIP solver of the
 *   same kind; `min-cost-flow` is sparse but keys nodes by strings and is little used (a few hundred downloads a month).
 * - Groups stay inside this model because a group's common request is given (CohortMentor.groupRequest) and acts as a
 *   filter on pairs. Letting the optimiser choose each group's request would make it a covering problem (NP-hard), which
 *   no exact solver does in a second at this size.
 * The dense matrix costs rows × slots × 8 bytes (6 MB at 1,000 × 750; 150 MB at 5,000 × 3,750), hence the reductions
 * in optimiseCohort: only mentees and mentors with a usable pair, at most min(free places, usable pairs) slots each.
 * The time grows as n³: 5,000 × 1,500 takes seconds (see the benchmark); a municipality-sized cohort would want a
 * sparse solver (an auction or cost-scaling flow algorithm).
 */
import { munkres } from "munkres";

export interface AssignmentInput {
  rows: number;
  /** Places of each column (mentor). */
  capacities: ArrayLike<number>;
  edgeRow: ArrayLike<number>;
  edgeCol: ArrayLike<number>;
  /** Positive weights; a pair without an edge counts 0, the same as leaving the row unassigned. */
  edgeWeight: ArrayLike<number>;
  /** Indices into the edge arrays to choose from. */
  edges: readonly number[];
}

/** The edges of a maximum-weight choice: each row at most once, each column at most its capacity. */
export function solveAssignment(input: AssignmentInput): number[] {
  const columns = input.capacities.length;
  const slotStart = new Int32Array(columns + 1);
  for (let c = 0; c < columns; c++) slotStart[c + 1] = slotStart[c] + input.capacities[c];
  const slots = slotStart[columns];
  if (input.rows === 0 || slots === 0) return [];
  const slotColumn = new Int32Array(slots);
  for (let c = 0; c < columns; c++) slotColumn.fill(c, slotStart[c], slotStart[c + 1]);

  // munkres minimises cost: a pair's cost is minus its weight, so a missing pair (0) is never better than a real one.
  // The longer side goes along the rows: munkres scans rows, and reads across rows (slowly) when there are more of them.
  const slotsAsRows = slots < input.rows;
  const cost = Array.from({ length: slotsAsRows ? slots : input.rows }, () => new Float64Array(slotsAsRows ? input.rows : slots));
  const edgeAt = new Int32Array(input.rows * columns); // a pair's edge, for the pairs the solver picks
  for (const e of input.edges) {
    const row = input.edgeRow[e];
    const column = input.edgeCol[e];
    if (slotsAsRows) {
      for (let slot = slotStart[column]; slot < slotStart[column + 1]; slot++) cost[slot][row] = -input.edgeWeight[e];
    } else {
      cost[row].fill(-input.edgeWeight[e], slotStart[column], slotStart[column + 1]);
    }
    edgeAt[row * columns + column] = e;
  }
  const chosen: number[] = [];
  for (const [y, x] of munkres(cost)) {
    if (cost[y][x] >= 0) continue;
    const [row, slot] = slotsAsRows ? [x, y] : [y, x];
    chosen.push(edgeAt[row * columns + slotColumn[slot]]);
  }
  return chosen;
}
