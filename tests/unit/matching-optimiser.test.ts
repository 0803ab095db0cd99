import { describe, expect, it } from "vitest";
import { optimiseCohort } from "@/lib/matching/optimiser/optimise-cohort";
import { matchingObjectives, type CohortProblem } from "@/lib/matching/optimiser/types";
import { createRandom } from "@/prisma/seed/random";
import { bruteForceOptimum, smallCohort } from "@/tests/support/matching-brute-force";
import { proposalProblems } from "@/tests/support/matching-proposal-check";

describe("cohort optimiser against brute force", () => {
  it.each(matchingObjectives)("equals the optimum on 300 random small cohorts (%s)", (objective) => {
    const random = createRandom(objective === "MOST_MATCHED" ? 20261201 : 20261202);
    const seen = { locked: 0, forbidden: 0, groups: 0, lostToOthers: 0, full: 0, none: 0 };
    for (let instance = 0; instance < 300; instance++) {
      const problem = smallCohort(random, objective);
      const proposal = optimiseCohort(problem);
      expect(proposalProblems(problem, proposal), `instance ${instance}`).toEqual([]);
      expect({ matched: proposal.matched, score: proposal.totalScore }, `instance ${instance}`).toEqual(
        bruteForceOptimum(problem),
      );
      seen.locked += problem.locked!.length ? 1 : 0;
      seen.forbidden += problem.forbidden!.length ? 1 : 0;
      seen.groups += problem.mentors.some((m) => m.groupRequest) && proposal.matched ? 1 : 0;
      for (const { reason } of proposal.unmatched) {
        if (reason === "LOST_TO_OTHERS") seen.lostToOthers++;
        if (reason === "MENTORS_FULL") seen.full++;
        if (reason === "NO_ELIGIBLE_MENTOR") seen.none++;
      }
    }
    // The instances exercise every feature, so a pass means something.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  });

  it("chooses between more pairs and a better score as the curator asks", () => {
    const problem: CohortProblem = {
      mentees: [
        { id: "anna", requests: [] },
        { id: "boris", requests: [] },
      ],
      mentors: [
        { id: "m1", freePlaces: 1 },
        { id: "m2", freePlaces: 1 },
      ],
      edges: [
        { menteeId: "anna", mentorId: "m1", score: 10 },
        { menteeId: "anna", mentorId: "m2", score: 1 },
        { menteeId: "boris", mentorId: "m1", score: 2 },
      ],
      objective: "MOST_MATCHED",
    };
    expect(optimiseCohort(problem)).toMatchObject({ matched: 2, totalScore: 3 });
    const best = optimiseCohort({ ...problem, objective: "BEST_SCORE" });
    expect(best).toMatchObject({ matched: 1, totalScore: 10, pairs: [{ menteeId: "anna", mentorId: "m1", score: 10 }] });
    expect(best.unmatched).toEqual([
      { menteeId: "boris", reason: "LOST_TO_OTHERS", label: expect.stringContaining("заняли другие") },
    ]);
  });
});
