import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { formLabels } from "@/lib/mentorships/labels";
import { roleModelRules, type RoleModel, type RoleModelRule } from "./role-models";
import type { CriterionFit, ScoreMentee, ScoreMentor } from "./types";

function fits(rule: RoleModelRule, mentee: ScoreMentee, mentor: ScoreMentor): boolean {
  if (rule.mentorTrait && !mentor.traits?.includes(rule.mentorTrait)) return false;
  if (rule.menteeTrait && !mentee.traits?.includes(rule.menteeTrait)) {
    if (!mentee.requests.some((request) => rule.menteeRequests?.includes(request.kind))) return false;
  }
  if (rule.maxGradeGap !== undefined) {
    if (mentor.grade === null || mentee.grade === null || mentor.grade - mentee.grade > rule.maxGradeGap) return false;
  }
  if (rule.menteeMaxExperience !== undefined && !((mentee.experienceYears ?? Infinity) <= rule.menteeMaxExperience)) {
    return false;
  }
  if (rule.mentorMinExperience !== undefined && !((mentor.experienceYears ?? -Infinity) >= rule.mentorMinExperience)) {
    return false;
  }
  return true;
}

/** Whether the pair fits one of the programme's enabled role-model variants of its form, and which. */
export function roleModelFit(
  enabled: readonly RoleModel[],
  form: MentoringForm,
  mentee: ScoreMentee,
  mentor: ScoreMentor,
  explain: boolean,
): CriterionFit & { roleModel: RoleModel | null } {
  const candidates = enabled.filter((model) => roleModelRules[model].form === form);
  if (candidates.length === 0) {
    const detail = explain ? `Для формы «${formLabels[form]}» ролевые модели не выбраны` : "";
    return { level: 0, passes: true, roleModel: null, detail };
  }
  const roleModel = candidates.find((model) => fits(roleModelRules[model], mentee, mentor)) ?? null;
  if (roleModel) {
    const detail = explain ? `Подходит под модель «${roleModelRules[roleModel].label}»` : "";
    return { level: 10, passes: true, roleModel, detail };
  }
  const names = candidates.map((model) => `«${roleModelRules[model].label}»`).join(", ");
  return {
    level: 0,
    passes: false,
    roleModel: null,
    detail: explain ? `Не подходит ни под одну выбранную модель: ${names}` : "",
  };
}
