import { describe, expect, it } from "vitest";
import { summariseSatisfaction, type SatisfactionResponse } from "@/lib/monitoring/summarise-satisfaction";

const at = (n: number) => new Date(Date.UTC(2026, 10, n));

function answer(
  subjectId: string,
  role: "MENTEE" | "MENTOR",
  form: SatisfactionResponse["form"],
  values: number[],
  day = 1,
): SatisfactionResponse {
  return {
    respondentId: `user-${subjectId}`,
    subjectId,
    role,
    form,
    submittedAt: at(day),
    items: values.map((value, i) => ({ text: `Пункт ${i + 1}`, value })),
  };
}

describe("satisfaction summary", () => {
  const mentees = [8, 9, 10, 7, 6].map((v, i) => answer(`m${i}`, "MENTEE", "TEACHER_PUPIL", [v, v]));
  const mentors = [
    answer("t1", "MENTOR", "TEACHER_PUPIL", [10, 8]),
    answer("t2", "MENTOR", "TEACHER_PUPIL", [6, 6]),
    answer("t3", "MENTOR", "PUPIL_PUPIL", [4, 4]),
  ];

  it("averages each response's items, then by role, form and item; hides groups under five", () => {
    const summary = summariseSatisfaction([...mentees, ...mentors]);
    // response means: mentees 8, 9, 10, 7, 6; mentors 9, 6, 4
    expect(summary.overall).toEqual({ shown: true, respondents: 8, value: 7.4 });
    // With the overall figure shown, the larger group of each breakdown is hidden too: else the small one would be
    // the overall figure minus it.
    expect(summary.byRole).toEqual([
      { role: "MENTEE", mean: { shown: false, respondents: 5 } },
      { role: "MENTOR", mean: { shown: false, respondents: 3 } },
    ]);
    expect(summary.byForm).toEqual([
      { form: "PUPIL_PUPIL", mean: { shown: false, respondents: 1 } },
      { form: "TEACHER_PUPIL", mean: { shown: false, respondents: 7 } },
    ]);
    expect(summary.byItem).toEqual([
      { role: "MENTEE", text: "Пункт 1", mean: { shown: true, respondents: 5, value: 8 } },
      { role: "MENTEE", text: "Пункт 2", mean: { shown: true, respondents: 5, value: 8 } },
      { role: "MENTOR", text: "Пункт 1", mean: { shown: false, respondents: 3 } },
      { role: "MENTOR", text: "Пункт 2", mean: { shown: false, respondents: 3 } },
    ]);
  });

  it("counts a person who answered twice once, with the latest answer", () => {
    const earlier = answer("m0", "MENTEE", "TEACHER_PUPIL", [1, 1], 0);
    const summary = summariseSatisfaction([earlier, ...mentees]);
    expect(summary.overall).toEqual({ shown: true, respondents: 5, value: 8 });
    expect(summary.byRole[0].mean).toEqual({ shown: true, respondents: 5, value: 8 });
  });

  it("ignores responses without any 1–10 item", () => {
    const summary = summariseSatisfaction([...mentees, answer("x", "MENTEE", null, [])]);
    expect(summary.byRole[0].mean).toMatchObject({ respondents: 5 });
  });
});
