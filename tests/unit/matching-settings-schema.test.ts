import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod-russian";
import { matchCriteria } from "@/lib/matching/score/criteria";
import { defaultMatchSettings, matchSettingsSchema } from "@/lib/matching/score/match-settings-schema";

function fieldErrors(input: unknown) {
  const parsed = matchSettingsSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

function formInput(change: (input: Record<string, unknown>) => void = () => {}) {
  const criteria = Object.fromEntries(
    matchCriteria.map((criterion) => [
      criterion,
      { weight: String(defaultMatchSettings.criteria[criterion].weight), must: false },
    ]),
  );
  const input: Record<string, unknown> = { criteria, minGradeGap: "1", roleModels: [], objective: "MOST_MATCHED" };
  change(input);
  return input;
}

describe("matching settings form", () => {
  it("accepts the defaults as a form sends them (weights as text) and gives numbers", () => {
    expect(matchSettingsSchema.parse(formInput())).toEqual(defaultMatchSettings);
    const one = matchSettingsSchema.parse(formInput((input) => (input.roleModels = "LEADER_QUIET")));
    expect(one.roleModels).toEqual(["LEADER_QUIET"]);
  });

  it("answers in Russian next to the field", () => {
    const weight = (value: string) =>
      formInput((input) => ((input.criteria as Record<string, { weight: string }>).REQUESTS.weight = value));
    expect(fieldErrors(weight("11")).criteria).toEqual(["Вес — целое число от 0 до 10"]);
    expect(fieldErrors(weight("2.5")).criteria).toEqual(["Вес — целое число от 0 до 10"]);
    expect(fieldErrors(weight("много")).criteria).toEqual(["Вес — целое число от 0 до 10"]);
    expect(fieldErrors(formInput((input) => (input.minGradeGap = "0"))).minGradeGap).toEqual([
      "Разница — целое число классов от 1 до 10",
    ]);
    expect(fieldErrors(formInput((input) => (input.objective = "FASTEST"))).objective).toEqual(["Выберите цель подбора"]);
    expect(fieldErrors(formInput((input) => (input.roleModels = ["ROMEO_JULIET"]))).roleModels).toEqual([
      "Выберите ролевую модель из списка",
    ]);
  });

  it("wants at least one criterion to count, and a role model when that criterion is a must", () => {
    const nothing = formInput((input) => {
      for (const setting of Object.values(input.criteria as Record<string, { weight: string }>)) setting.weight = "0";
    });
    expect(fieldErrors(nothing).criteria).toEqual(["Задайте вес хотя бы одному критерию"]);
    const mustModel = formInput((input) => ((input.criteria as Record<string, { must: boolean }>).ROLE_MODEL.must = true));
    expect(fieldErrors(mustModel).roleModels).toEqual([
      "Отметьте хотя бы одну ролевую модель или снимите «обязательно» у критерия «Ролевая модель»",
    ]);
  });
});
