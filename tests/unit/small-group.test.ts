import { describe, expect, it } from "vitest";
import {
  type Answerer,
  guardBreakdown,
  guardSmallGroup,
  MIN_GROUP_SIZE,
  peopleBehind,
} from "@/lib/questionnaires/results/small-group";

/** `n` answers of `n` people about themselves, unless one respondent or one subject is given for all. */
const answers = (prefix: string, n: number, one: Partial<Answerer> = {}): Answerer[] =>
  Array.from({ length: n }, (_, i) => ({ respondentId: `${prefix}-r${i}`, subjectId: `${prefix}-s${i}`, ...one }));

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

describe("the people a figure rests on", () => {
  it("are the fewer of the respondents and the people answered about", () => {
    expect(peopleBehind(answers("self", 5))).toBe(5);
    // Five parents about one child: one child.
    expect(peopleBehind(answers("parents", 5, { subjectId: "child" }))).toBe(1);
    // Five answers about five pupils, all from one teacher: one teacher.
    expect(peopleBehind(answers("teacher", 5, { respondentId: "teacher" }))).toBe(1);
    // One person's two answers are one.
    expect(peopleBehind([...answers("twice", 4), answers("twice", 1)[0]])).toBe(4);
  });
});

describe("a breakdown of a shown total", () => {
  const mean = (members: readonly Answerer[]) => members.length * 10;
  const breakdown = (sizes: number[], extra = 0) => {
    const groups = sizes.map((n, g) => answers(`g${g}`, n));
    return guardBreakdown(groups, [...groups.flat(), ...answers("none", extra)], peopleBehind, mean);
  };

  it("also hides the smallest shown group when the hidden ones hold fewer than five people", () => {
    // Total 21 = 12 + 6 + 3: the 3 alone would be the total minus 12 and 6.
    expect(breakdown([12, 6, 3]).map((r) => r.shown)).toEqual([true, false, false]);
  });

  it("keeps the shown groups when the hidden ones already hold five people", () => {
    expect(breakdown([12, 6, 3, 2]).map((r) => r.shown)).toEqual([true, true, false, false]);
  });

  it("counts people in no group as hidden, and hides nothing when nothing needs hiding", () => {
    // 2 people have no group: alone they would be the total minus the groups.
    expect(breakdown([12, 6], 2).map((r) => r.shown)).toEqual([true, false]);
    expect(breakdown([12, 6])).toEqual([
      { shown: true, respondents: 12, value: 120 },
      { shown: true, respondents: 6, value: 60 },
    ]);
  });

  it("measures groups and the hidden rest by people, not answers", () => {
    const large = answers("large", 6);
    // Eight answers about eight pupils, all from one teacher: one person; so the large group is hidden with it.
    const oneTeacher = answers("teacher", 8, { respondentId: "teacher" });
    expect(guardBreakdown([large, oneTeacher], [...large, ...oneTeacher], peopleBehind, mean)).toEqual([
      { shown: false, respondents: 6 },
      { shown: false, respondents: 1 },
    ]);
    // The teacher's answers outside any group: alone they are one person, so the smallest shown group joins them.
    const others = answers("others", 5);
    expect(guardBreakdown([large, others], [...large, ...others, ...oneTeacher], peopleBehind, mean).map((r) => r.shown)).toEqual(
      [true, false],
    );
  });
});
