import { describe, expect, it } from "vitest";
import { guardSmallGroup, MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

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
