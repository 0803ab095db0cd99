import { describe, expect, it } from "vitest";
import { aggregateAnswers, type AggregateAnswer, type AggregateQuestion } from "@/lib/questionnaires/results/aggregate-answers";
import { questionsUnsafeToFilter } from "@/lib/questionnaires/results/filter-safety";

const q = (id: string, type: AggregateQuestion["type"], extra: Partial<AggregateQuestion> = {}): AggregateQuestion => ({
  id, position: 1, section: null, type, text: id, options: [], scaleMin: null, scaleMax: null, ...extra,
});
const a = (questionId: string, value: Partial<AggregateAnswer>): AggregateAnswer => ({
  questionId, numberValue: null, textValue: null, dateValue: null, choices: [], ...value,
});

describe("aggregateAnswers", () => {
  const scale = q("scale", "SCALE", { scaleMin: 1, scaleMax: 5 });
  const number = q("number", "NUMBER");
  const single = q("single", "SINGLE_CHOICE", { options: ["Да", "Нет"] });
  const multiple = q("multiple", "MULTIPLE_CHOICE", { options: ["Учёба", "Спорт", "Музыка"] });
  const text = q("text", "TEXT");

  it("gives the mean and the distribution of a scale", () => {
    const [r] = aggregateAnswers([scale], [1, 2, 2, 5, 5, 5].map((n) => a("scale", { numberValue: n })));
    expect(r.result).toEqual({
      shown: true, respondents: 6,
      value: {
        kind: "SCALE", mean: 3.3,
        bars: [
          { label: "1", count: 1, percent: 17 }, { label: "2", count: 2, percent: 33 }, { label: "3", count: 0, percent: 0 },
          { label: "4", count: 0, percent: 0 }, { label: "5", count: 3, percent: 50 },
        ],
      },
    });
  });

  it("gives mean, min, max and median of a number", () => {
    const [r] = aggregateAnswers([number], [4, 10, 1, 7, 3, 9].map((n) => a("number", { numberValue: n })));
    expect(r.result).toEqual({ shown: true, respondents: 6, value: { kind: "NUMBER", mean: 5.7, min: 1, max: 10, median: 5.5 } });
  });

  it("counts shares of choice options; a multiple choice may exceed 100 % in total", () => {
    const answers = [
      ...["Да", "Да", "Нет", "Да", "Да"].map((c) => a("single", { textValue: c })),
      ...[["Учёба", "Спорт"], ["Учёба"], ["Спорт"], ["Учёба"], ["Учёба", "Спорт"]].map((c) => a("multiple", { choices: c })),
    ];
    const [s, m] = aggregateAnswers([single, multiple], answers);
    expect(s.result).toMatchObject({ shown: true, value: { bars: [{ label: "Да", count: 4, percent: 80 }, { label: "Нет", count: 1, percent: 20 }] } });
    expect(m.result).toMatchObject({
      shown: true,
      value: { bars: [{ label: "Учёба", count: 4, percent: 80 }, { label: "Спорт", count: 3, percent: 60 }, { label: "Музыка", count: 0, percent: 0 }] },
    });
  });

  it("only counts text answers and ignores empty ones", () => {
    const answers = ["а", "б", "", "в", "г", "д"].map((t) => a("text", { textValue: t }));
    expect(aggregateAnswers([text], answers)[0].result).toEqual({ shown: true, respondents: 5, value: { kind: "COUNT", count: 5 } });
  });

  it("hides every aggregate under five respondents", () => {
    const answers = [1, 2, 3, 4].map((n) => a("scale", { numberValue: n }));
    expect(aggregateAnswers([scale], answers)[0].result).toEqual({ shown: false, respondents: 4 });
  });

  it("hides a question listed as unsafe to filter whatever its count", () => {
    const answers = [1, 2, 3, 4, 5, 5].map((n) => a("scale", { numberValue: n }));
    expect(aggregateAnswers([scale], answers, new Set(["scale"]))[0].result.shown).toBe(false);
  });
});

describe("questionsUnsafeToFilter", () => {
  it("flags a question when one cell has fewer than five who answered it", () => {
    const members = [
      ...Array.from({ length: 6 }, () => ({ cell: "7А", answered: new Set(["x", "y"]) })),
      { cell: "7Б", answered: new Set(["x"]) },
    ];
    expect([...questionsUnsafeToFilter(["x", "y"], members)]).toEqual(["x"]);
  });
});
