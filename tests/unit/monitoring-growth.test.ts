import { describe, expect, it } from "vitest";
import { pairBeforeAfter, type MonitoringResponse } from "@/lib/monitoring/pair-before-after";
import { summariseGrowth } from "@/lib/monitoring/summarise-growth";

const day = (n: number) => new Date(Date.UTC(2026, 8, n));

function response(
  subjectId: string,
  phase: "BEFORE" | "AFTER",
  answers: Record<string, number>,
  at = day(1),
  form = "TEACHER_PUPIL" as const,
): MonitoringResponse {
  return {
    respondentId: `user-${subjectId}`,
    subjectId,
    subjectName: `Ученик ${subjectId}`,
    form,
    phase,
    submittedAt: at,
    answers: Object.entries(answers).map(([parameter, value]) => ({ parameter, value })),
  };
}

describe("pairing before and after", () => {
  it("pairs the latest answer of each phase by parameter and leaves out those with one phase only", () => {
    const changes = pairBeforeAfter([
      response("a", "BEFORE", { LEARNING_INTEREST: 3 }, day(1)),
      response("a", "BEFORE", { LEARNING_INTEREST: 4 }, day(2)),
      response("a", "AFTER", { LEARNING_INTEREST: 7 }, day(20)),
      response("b", "BEFORE", { LEARNING_INTEREST: 5 }),
      response("c", "AFTER", { LEARNING_INTEREST: 9 }),
    ]);
    expect(changes).toEqual([
      expect.objectContaining({ subjectId: "a", parameter: "LEARNING_INTEREST", before: 4, after: 7, delta: 3, improved: true }),
    ]);
  });

  it("treats a fall of STRESS as an improvement and a rise as none", () => {
    const changes = pairBeforeAfter([
      response("a", "BEFORE", { STRESS: 8, SOFT_SKILLS: 5 }),
      response("a", "AFTER", { STRESS: 4, SOFT_SKILLS: 4 }),
      response("b", "BEFORE", { STRESS: 3 }),
      response("b", "AFTER", { STRESS: 6 }),
    ]);
    const find = (s: string, p: string) => changes.find((c) => c.subjectId === s && c.parameter === p);
    expect(find("a", "STRESS")).toMatchObject({ delta: -4, improved: true });
    expect(find("a", "SOFT_SKILLS")).toMatchObject({ delta: -1, improved: false });
    expect(find("b", "STRESS")).toMatchObject({ delta: 3, improved: false });
  });

  it("ignores answers to questions that measure no known parameter", () => {
    expect(pairBeforeAfter([response("a", "BEFORE", { UNKNOWN: 1 }), response("a", "AFTER", { UNKNOWN: 5 })])).toEqual([]);
  });
});

describe("growth summary", () => {
  const five = ["a", "b", "c", "d", "e"];
  const responses = five.flatMap((id, i) => [
    response(id, "BEFORE", { STRESS: 6, AVERAGE_GRADE: 3.5 }),
    // stress falls for a, b, c (improved), stays for d, rises for e
    response(id, "AFTER", { STRESS: [3, 4, 5, 6, 8][i], AVERAGE_GRADE: 4 }),
  ]);
  // a small form of three participants
  const small = ["x", "y", "z"].flatMap((id) => [
    response(id, "BEFORE", { STRESS: 7 }, day(1), "PUPIL_PUPIL" as never),
    response(id, "AFTER", { STRESS: 2 }, day(9), "PUPIL_PUPIL" as never),
  ]);

  it("gives mean before, after, delta and share improved, and hides groups under five", () => {
    const growth = summariseGrowth(pairBeforeAfter([...responses, ...small]));
    const stress = growth.find((g) => g.parameter.code === "STRESS")!;
    // 8 participants: before (5·6 + 3·7)/8 = 6.375, after (26 + 6)/8 = 4; improved a, b, c, x, y, z = 6/8
    expect(stress.overall).toEqual({
      shown: true,
      respondents: 8,
      value: { before: 6.38, after: 4, delta: -2.38, improvedPercent: 75 },
    });
    expect(stress.byForm).toEqual([
      { form: "PUPIL_PUPIL", figures: { shown: false, respondents: 3 } },
      // Shown, it would give away the form of three: the overall figure minus this one.
      { form: "TEACHER_PUPIL", figures: { shown: false, respondents: 5 } },
    ]);
    const grade = growth.find((g) => g.parameter.code === "AVERAGE_GRADE")!;
    expect(grade.overall).toMatchObject({
      shown: true,
      respondents: 5,
      value: { before: 3.5, after: 4, delta: 0.5, improvedPercent: 100 },
    });
    const olympiads = growth.find((g) => g.parameter.code === "OLYMPIADS")!;
    expect(olympiads.overall).toEqual({ shown: false, respondents: 0 });
  });
});
