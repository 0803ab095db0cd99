import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { optimiseCohort } from "@/lib/matching/optimiser/optimise-cohort";
import type { CohortProblem } from "@/lib/matching/optimiser/types";

const base: CohortProblem = {
  mentees: [
    { id: "anna", requests: ["ADAPTATION"] },
    { id: "boris", requests: ["GIFTEDNESS"] },
    { id: "vera", requests: ["ADAPTATION", "GIFTEDNESS"] },
  ],
  mentors: [
    { id: "ivanova", freePlaces: 1 },
    { id: "petrov", freePlaces: 2, groupRequest: "ADAPTATION" },
  ],
  edges: [
    { menteeId: "anna", mentorId: "ivanova", score: 5 },
    { menteeId: "anna", mentorId: "petrov", score: 7 },
    { menteeId: "boris", mentorId: "ivanova", score: 4 },
    { menteeId: "boris", mentorId: "petrov", score: 9 },
    { menteeId: "vera", mentorId: "petrov", score: 3 },
  ],
  objective: "MOST_MATCHED",
};

function refusal(problem: CohortProblem): string {
  try {
    optimiseCohort(problem);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected a refusal");
}

describe("cohort optimiser: groups and edge cases", () => {
  it("puts only mentees with the group's request into a group, and says why the others are left", () => {
    const proposal = optimiseCohort(base);
    expect(proposal.mentors).toEqual([
      { mentorId: "ivanova", groupRequest: null, menteeIds: ["boris"], freePlacesLeft: 0 },
      { mentorId: "petrov", groupRequest: "ADAPTATION", menteeIds: ["anna", "vera"], freePlacesLeft: 0 },
    ]);
    expect(proposal).toMatchObject({ matched: 3, totalScore: 14, unmatched: [] });
  });

  it("answers with everyone unmatched when there are no mentors or no eligible pairs", () => {
    for (const problem of [
      { ...base, mentors: [], edges: [] },
      { ...base, edges: [] },
    ]) {
      const proposal = optimiseCohort(problem);
      expect(proposal).toMatchObject({ pairs: [], matched: 0, totalScore: 0 });
      expect(proposal.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([
        ["anna", "NO_ELIGIBLE_MENTOR"],
        ["boris", "NO_ELIGIBLE_MENTOR"],
        ["vera", "NO_ELIGIBLE_MENTOR"],
      ]);
    }
    expect(optimiseCohort({ ...base, mentees: [], edges: [] })).toMatchObject({ pairs: [], unmatched: [], matched: 0 });
  });

  it("keeps locked pairs, leaves out forbidden ones and tells full mentors from lost places", () => {
    const proposal = optimiseCohort({
      ...base,
      locked: [{ menteeId: "anna", mentorId: "ivanova" }],
      forbidden: [
        { menteeId: "vera", mentorId: "petrov" },
        { menteeId: "nobody", mentorId: "petrov" },
      ],
    });
    expect(proposal.pairs).toEqual([{ menteeId: "anna", mentorId: "ivanova", score: 5, locked: true }]);
    // Boris fits only Ivanova (full after the lock) and not Petrov's group; Vera's one pair is forbidden.
    expect(proposal.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([
      ["boris", "MENTORS_FULL"],
      ["vera", "NO_ELIGIBLE_MENTOR"],
    ]);
  });

  it("refuses locked pairs beyond a mentor's free places with a clear message", () => {
    const message = refusal({
      ...base,
      locked: [
        { menteeId: "anna", mentorId: "ivanova" },
        { menteeId: "boris", mentorId: "ivanova" },
      ],
    });
    expect(message).toBe("За наставником закреплено больше наставляемых, чем у него свободных мест: закреплено 2, мест 1");
  });

  it("refuses contradictory or malformed input", () => {
    const lock = (menteeId: string, mentorId: string) => ({ menteeId, mentorId });
    const cases: [Partial<CohortProblem>, string][] = [
      [{ mentees: [...base.mentees, { id: "anna", requests: [] }] }, "Наставляемый указан в подборе дважды"],
      [{ mentors: [...base.mentors, { id: "petrov", freePlaces: 1 }] }, "Наставник указан в подборе дважды"],
      [{ edges: [...base.edges, { menteeId: "anna", mentorId: "ivanova", score: 1 }] }, "Пара указана в подборе дважды"],
      [
        { edges: [{ menteeId: "gleb", mentorId: "ivanova", score: 1 }] },
        "Пара ссылается на наставляемого или наставника не из подбора",
      ],
      [{ edges: [{ menteeId: "anna", mentorId: "ivanova", score: -1 }] }, "Балл пары — целое неотрицательное число"],
      [{ edges: [{ menteeId: "anna", mentorId: "ivanova", score: 2.5 }] }, "Балл пары — целое неотрицательное число"],
      [{ mentors: [{ id: "ivanova", freePlaces: -1 }] }, "Число свободных мест наставника — целое неотрицательное число"],
      [{ locked: [lock("anna", "ivanova"), lock("anna", "petrov")] }, "Наставляемый закреплён больше чем за одним наставником"],
      [{ locked: [lock("anna", "ivanova")], forbidden: [lock("anna", "ivanova")] }, "Пара одновременно закреплена и исключена"],
      [{ locked: [lock("vera", "ivanova")] }, "Закреплённая пара не проходит правила и обязательные критерии подбора"],
      [
        { locked: [lock("boris", "petrov")] },
        "Закреплённый наставляемый не подходит группе наставника: у него нет общего запроса группы",
      ],
      [{ locked: [lock("gleb", "petrov")] }, "Закреплённая пара ссылается на наставляемого или наставника не из подбора"],
    ];
    for (const [change, message] of cases) expect(refusal({ ...base, ...change })).toBe(message);
  });
});
