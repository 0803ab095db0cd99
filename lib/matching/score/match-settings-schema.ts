import { z } from "zod";
import { matchingObjectives } from "@/lib/matching/optimiser/types";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { defaultCriterionWeights, matchCriteria, MAX_WEIGHT, type MatchCriterion } from "./criteria";
import { roleModels } from "./role-models";

const weightMessage = `Вес — целое число от 0 до ${MAX_WEIGHT}`;

const criterionSetting = z.object({
  weight: z.coerce.number({ error: weightMessage }).int(weightMessage).min(0, weightMessage).max(MAX_WEIGHT, weightMessage),
  must: z.boolean().default(false),
});

const criteriaShape = Object.fromEntries(matchCriteria.map((criterion) => [criterion, criterionSetting])) as Record<
  MatchCriterion,
  typeof criterionSetting
>;

const gapMessage = "Разница — целое число классов от 1 до 10";

/** One schema for the programme's matching settings form (weights, must criteria, form rules) and its action. */
export const matchSettingsSchema = z
  .object({
    criteria: z.object(criteriaShape),
    /** «Ученик – ученик»: the mentor studies at least this many classes above the mentee. */
    minGradeGap: z.coerce.number({ error: gapMessage }).int(gapMessage).min(1, gapMessage).max(10, gapMessage),
    roleModels: checkboxes(z.array(z.enum(roleModels, { error: "Выберите ролевую модель из списка" }))),
    objective: z.enum(matchingObjectives, { error: "Выберите цель подбора" }),
  })
  .superRefine((value, ctx) => {
    const settings = Object.values(value.criteria);
    if (!settings.some((setting) => setting.weight > 0 || setting.must)) {
      ctx.addIssue({ code: "custom", path: ["criteria"], message: "Задайте вес хотя бы одному критерию" });
    }
    if (value.criteria.ROLE_MODEL.must && value.roleModels.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["roleModels"],
        message: "Отметьте хотя бы одну ролевую модель или снимите «обязательно» у критерия «Ролевая модель»",
      });
    }
  });

export type MatchSettingsInput = z.input<typeof matchSettingsSchema>;
export type MatchSettings = z.output<typeof matchSettingsSchema>;

/** A new programme's settings: weights 5/3/1, no must criterion, one class of difference, most mentees matched. */
export const defaultMatchSettings: MatchSettings = {
  criteria: Object.fromEntries(
    matchCriteria.map((criterion) => [criterion, { weight: defaultCriterionWeights[criterion], must: false }]),
  ) as MatchSettings["criteria"],
  minGradeGap: 1,
  roleModels: [],
  objective: "MOST_MATCHED",
};
