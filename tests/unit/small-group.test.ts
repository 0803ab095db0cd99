import { describe, expect, it } from "vitest";
import { guardBreakdown, guardSmallGroup, MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

describe("the small-group threshold", () => {
  it("hides an aggregate of fewer than five respondents and never computes it", () => {
    let computed = false;
    expect(guardSmallGroup(MIN_GROUP_SIZE - 1, () => (computed = true))).toEqual({ shown: false, respondents: 4 });
    expect(computed).toBe(false);
  });

  it("shows it from five respondents on", () => {
    expect(guardSmallGroup(5, () => 7.2)).toEqual({ shown: true, respondents: 5, value: 7.2 });
  });
});

describe("a breakdown of a shown total", () => {
  const figure = (n: number) => n * 10;

  it("also hides the smallest shown group when the hidden ones hold fewer than five people", () => {
    // Total 21 = 12 + 6 + 3: the 3 alone would be the total minus 12 and 6.
    const result = guardBreakdown([12, 6, 3], 21, (n) => n, figure);
    expect(result.map((r) => r.shown)).toEqual([true, false, false]);
  });

  it("keeps the shown groups when the hidden ones already hold five people", () => {
    expect(guardBreakdown([12, 6, 3, 2], 23, (n) => n, figure).map((r) => r.shown)).toEqual([true, true, false, false]);
  });

  it("counts people in no group as hidden, and hides nothing when nothing needs hiding", () => {
    // 2 people have no group: alone they would be the total minus the groups.
    expect(guardBreakdown([12, 6], 20, (n) => n, figure).map((r) => r.shown)).toEqual([true, false]);
    expect(guardBreakdown([12, 6], 18, (n) => n, figure)).toEqual([
      { shown: true, respondents: 12, value: 120 },
      { shown: true, respondents: 6, value: 60 },
    ]);
  });
});
