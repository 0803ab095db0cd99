import { describe, expect, it } from "vitest";
import { fitsPupils, menteesOf, scaleSpec } from "@/prisma/seed/scale/scale-spec";

describe("the generated school's shape", () => {
  it("gives issue 15's municipality at 50 schools of factor 1", () => {
    const spec = scaleSpec();
    expect(spec.pupils * 50).toBe(50_000);
    expect(spec.staff * 50).toBe(4_000);
    expect(spec.mentorships * 50).toBe(15_000);
    expect(spec.auditEntries * 50).toBe(2_000_000);
    // 270 working pairs of 300 (every tenth is still forming) with 22 meetings each.
    expect(spec.mentorships * 0.9 * spec.meetingsPerPair * 50).toBe(297_000);
    expect(menteesOf(spec)).toBe(420);
  });

  it("keeps every mentee and pupil mentor among the pupils, down to the smallest test school", () => {
    for (const factor of [1, 0.5, 0.25, 0.1, 0.01]) expect(fitsPupils(scaleSpec(factor)), `factor ${factor}`).toBe(true);
    expect(fitsPupils({ ...scaleSpec(), pupils: 500 })).toBe(false);
  });
});
