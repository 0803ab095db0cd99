import { describe, expect, it } from "vitest";
import { aggregateAnswers, type AggregateAnswer, type AggregateQuestion } from "@/lib/questionnaires/results/aggregate-answers";
import { questionsUnsafeToFilter } from "@/lib/questionnaires/results/filter-safety";

const q = (id: string, type: AggregateQuestion["type"], extra: Partial<AggregateQuestion> = {}): AggregateQuestion => ({
  id,
  position: 1,
  section: null,
  type,
  text: id,
  options: [],
  scaleMin: null,
  scaleMax: null,
  ...extra,
});
let person = 0;
/** An answer of its own respondent about its own subject, unless told. */
const a = (questionId: string, value: Partial<AggregateAnswer>): AggregateAnswer => ({
  questionId,
  respondentId: `r${++person}`,
  subjectId: `s${person}`,
  numberValue: null,
  textValue: null,
  dateValue: null,
  choices: [],
  ...value,
});

describe("aggregateAnswers", () => {
  const scale = q("scale", "SCALE", { scaleMin: 1, scaleMax: 5 });
  const number = q("number", "NUMBER");
  const single = q("single", "SINGLE_CHOICE", { options: ["Да", "Нет"] });
  const multiple = q("multiple", "MULTIPLE_CHOICE", { options: ["Учёба", "Спорт", "Музыка"] });
  const text = q("text", "TEXT");

  it("gives the mean and the distribution of a scale", () => {
    const [r] = aggregateAnswers(
      [scale],
      [1, 2, 2, 5, 5, 5].map((n) => a("scale", { numberValue: n })),
    );
    expect(r.result).toEqual({
      shown: true,
      respondents: 6,
      value: {
        kind: "SCALE",
        mean: 3.3,
        bars: [
          { label: "1", count: 1, percent: 17 },
          { label: "2", count: 2, percent: 33 },
          { label: "3", count: 0, percent: 0 },
          { label: "4", count: 0, percent: 0 },
          { label: "5", count: 3, percent: 50 },
        ],
      },
    });
  });

  it("gives mean, min, max and median of a number", () => {
    const [r] = aggregateAnswers(
      [number],
      [4, 10, 1, 7, 3, 9].map((n) => a("number", { numberValue: n })),
    );
    expect(r.result).toEqual({ shown: true, respondents: 6, value: { kind: "NUMBER", mean: 5.7, min: 1, max: 10, median: 5.5 } });
  });

  it("counts shares of choice options; a multiple choice may exceed 100 % in total", () => {
    const answers = [
      ...["Да", "Да", "Нет", "Да", "Да"].map((c) => a("single", { textValue: c })),
      ...[["Учёба", "Спорт"], ["Учёба"], ["Спорт"], ["Учёба"], ["Учёба", "Спорт"]].map((c) => a("multiple", { choices: c })),
    ];
    const [s, m] = aggregateAnswers([single, multiple], answers);
    expect(s.result).toMatchObject({
      shown: true,
      value: {
        bars: [
          { label: "Да", count: 4, percent: 80 },
          { label: "Нет", count: 1, percent: 20 },
        ],
      },
    });
    expect(m.result).toMatchObject({
      shown: true,
      value: {
        bars: [
          { label: "Учёба", count: 4, percent: 80 },
          { label: "Спорт", count: 3, percent: 60 },
          { label: "Музыка", count: 0, percent: 0 },
        ],
      },
    });
  });

  it("only counts text answers and ignores empty ones", () => {
    const answers = ["а", "б", "", "в", "г", "д"].map((t) => a("text", { textValue: t }));
    expect(aggregateAnswers([text], answers)[0].result).toEqual({
      shown: true,
      respondents: 5,
      value: { kind: "COUNT", count: 5 },
    });
  });

  it("hides every aggregate under five respondents", () => {
    const answers = [1, 2, 3, 4].map((n) => a("scale", { numberValue: n }));
    expect(aggregateAnswers([scale], answers)[0].result).toEqual({ shown: false, respondents: 4 });
  });

  it("counts the fewer of respondents and subjects: five answers by one person, or about one person, are one", () => {
    const byOne = [1, 2, 3, 4, 5].map((n) => a("scale", { numberValue: n, respondentId: "teacher" }));
    expect(aggregateAnswers([scale], byOne)[0].result).toEqual({ shown: false, respondents: 1 });
    const aboutOne = [1, 2, 3, 4, 5].map((n) => a("scale", { numberValue: n, subjectId: "child" }));
    expect(aggregateAnswers([scale], aboutOne)[0].result).toEqual({ shown: false, respondents: 1 });
  });

  it("hides a question listed as unsafe to filter whatever its count, saying it is for a subgroup", () => {
    const answers = [1, 2, 3, 4, 5, 5].map((n) => a("scale", { numberValue: n }));
    expect(aggregateAnswers([scale], answers, new Set(["scale"]))[0].result).toEqual({
      shown: false,
      respondents: 6,
      reason: "SUBGROUP",
    });
    // Too few answered anyway: that is the reason given.
    expect(aggregateAnswers([scale], answers.slice(0, 3), new Set(["scale"]))[0].result).toEqual({
      shown: false,
      respondents: 3,
    });
  });
});

describe("questionsUnsafeToFilter", () => {
  const member = (campaign: string, detail: string, personId: string, answered: string[]) => ({
    campaign,
    detail,
    respondentId: `user-${personId}`,
    subjectId: personId,
    answered: new Set(answered),
  });
  /** Campaign c1: 6 people of 7А, 1 of 7Б who answered only x; c2: 5 people of 7А. */
  const members = [
    ...Array.from({ length: 6 }, (_, i) => member("c1", "7А", `a${i}`, ["x", "y"])),
    member("c1", "7Б", "b0", ["x"]),
    ...Array.from({ length: 5 }, (_, i) => member("c2", "7А", `c${i}`, ["x", "y"])),
  ];

  it("flags a breakdown when one cell has fewer than five who answered the question", () => {
    expect([...questionsUnsafeToFilter(["x", "y"], members, { breakdown: true })]).toEqual(["x"]);
    expect([...questionsUnsafeToFilter(["x", "y"], members, { campaignId: "c1", breakdown: true })]).toEqual(["x"]);
    // Campaign c2's classes are all large, and so are both campaigns.
    expect([...questionsUnsafeToFilter(["x", "y"], members, { campaignId: "c2", breakdown: true })]).toEqual([]);
  });

  it("lets a campaign's figures show when every campaign holds five people, whatever their classes", () => {
    expect([...questionsUnsafeToFilter(["x", "y"], members, { campaignId: "c1", breakdown: false })]).toEqual([]);
  });

  it("counts a cell answered by one person about five as one", () => {
    const oneRespondent = [
      ...members,
      ...Array.from({ length: 5 }, (_, i) => ({ ...member("c1", "7Б", `t${i}`, ["y"]), respondentId: "t" })),
    ];
    expect([...questionsUnsafeToFilter(["y"], oneRespondent, { campaignId: "c1", breakdown: true })]).toEqual(["y"]);
  });

  it("counts people, not responses, and hides every campaign when one campaign is small", () => {
    const twice = [...members, ...Array.from({ length: 3 }, () => member("c3", "7А", "a0", ["x"]))];
    expect([...questionsUnsafeToFilter(["x"], twice, { campaignId: "c1", breakdown: false })]).toEqual(["x"]);
    expect([...questionsUnsafeToFilter(["x"], twice, { campaignId: "c2", breakdown: true })]).toEqual(["x"]);
  });
});
