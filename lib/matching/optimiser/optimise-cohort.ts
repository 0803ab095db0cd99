import { buildProposal } from "./build-proposal";
import { indexProblem } from "./index-problem";
import { objectiveWeights } from "./objective-weights";
import { solveAssignment } from "./solve-assignment";
import type { CohortProblem, CohortProposal } from "./types";

/**
 * The cohort optimiser (stage 5.3): the proposal that matches the most mentees and then has the best total score, or
 * that has the best total score, as the curator chooses — exactly (see solve-assignment.ts), respecting the mentors'
 * free places, the groups' common requests, and the pairs the curator locked or forbade.
 * Throws AppError("INVALID") with a Russian message for input the curator can cause (a locked pair over capacity).
 */
export function optimiseCohort(problem: CohortProblem): CohortProposal {
  const { edgeMentee, edgeMentor, edgeScore, usable, lockedEdges } = indexProblem(problem);
  const assigned = new Int32Array(problem.mentees.length).fill(-1);
  const placesAfterLocked = Int32Array.from(problem.mentors, (mentor) => mentor.freePlaces);
  for (const e of lockedEdges) {
    assigned[edgeMentee[e]] = e;
    placesAfterLocked[edgeMentor[e]]--;
  }

  // Reduce the problem: only usable pairs of mentees still free with mentors who still have places, in compact indices.
  const rowOf = new Int32Array(problem.mentees.length).fill(-1);
  const columnOf = new Int32Array(problem.mentors.length).fill(-1);
  const degree: number[] = [];
  const edgeRow = new Int32Array(edgeMentee.length);
  const edgeColumn = new Int32Array(edgeMentee.length);
  const candidates: number[] = [];
  let rows = 0;
  for (let e = 0; e < edgeMentee.length; e++) {
    const mentee = edgeMentee[e];
    const mentor = edgeMentor[e];
    if (!usable[e] || assigned[mentee] >= 0 || placesAfterLocked[mentor] <= 0) continue;
    if (rowOf[mentee] < 0) rowOf[mentee] = rows++;
    if (columnOf[mentor] < 0) columnOf[mentor] = degree.push(0) - 1;
    edgeRow[e] = rowOf[mentee];
    edgeColumn[e] = columnOf[mentor];
    degree[columnOf[mentor]]++;
    candidates.push(e);
  }
  const capacities = new Int32Array(degree.length);
  columnOf.forEach((column, mentor) => {
    if (column >= 0) capacities[column] = Math.min(placesAfterLocked[mentor], degree[column]);
  });

  const chosen = solveAssignment({
    rows,
    capacities,
    edgeRow,
    edgeCol: edgeColumn,
    edgeWeight: objectiveWeights(problem.objective, rows, edgeRow, edgeScore, candidates),
    edges: candidates,
  });
  for (const e of chosen) assigned[edgeMentee[e]] = e;
  return buildProposal(problem, { edgeMentee, edgeMentor, edgeScore, usable }, assigned, lockedEdges, placesAfterLocked);
}
