import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { criterionLabels, matchCriteria, type MatchCriterion } from "./criteria";
import type { MatchSettings } from "./match-settings-schema";
import { pickPairForm } from "./pair-form";
import { preferenceFits } from "./preference-fits";
import { profileFits } from "./profile-fits";
import { roleModelFit } from "./role-model-fit";
import type { CriterionFit, MatchScore, ScoreMentee, ScoreMentor, ScorePart } from "./types";

export interface ScoreContext {
  settings: MatchSettings;
  /** Programme.forms: the forms the programme runs. */
  forms: readonly MentoringForm[];
}

function personReasons(who: string, reasons: readonly string[] | undefined): string[] {
  return (reasons ?? []).map((reason) => `${who}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`);
}

/**
 * The match score of one mentor–mentee pair (stage 5.3) with its explanation («почему эта пара»), or every reason
 * the pair is not eligible: the person rules of eligibility.ts, the form's rules, and the curator's must criteria.
 */
export function scoreMatch(mentee: ScoreMentee, mentor: ScoreMentor, context: ScoreContext): MatchScore {
  const { settings } = context;
  const reasons = [
    ...personReasons("Наставляемый", mentee.eligibility?.reasons),
    ...personReasons("Наставник", mentor.eligibility?.reasons),
  ];
  const picked = pickPairForm(context.forms, mentor, mentee, settings.minGradeGap);
  reasons.push(...picked.reasons);

  const roleModel = picked.form ? roleModelFit(settings.roleModels, picked.form, mentee, mentor) : null;
  const fits: Partial<Record<MatchCriterion, CriterionFit>> = {
    ...preferenceFits(mentee, mentor),
    ...profileFits(mentee, mentor),
    ...(roleModel && { ROLE_MODEL: roleModel }),
  };
  for (const criterion of matchCriteria) {
    const fit = fits[criterion];
    if (settings.criteria[criterion].must && fit && !fit.passes) {
      reasons.push(`Не выполнен обязательный критерий «${criterionLabels[criterion]}»: ${fit.detail}`);
    }
  }
  if (reasons.length > 0 || !picked.form) return { eligible: false, reasons };

  const parts: ScorePart[] = [];
  let total = 0;
  for (const criterion of matchCriteria) {
    const { weight } = settings.criteria[criterion];
    const fit = fits[criterion];
    if (weight === 0 || !fit) continue;
    const points = weight * fit.level;
    total += points;
    parts.push({ criterion, label: criterionLabels[criterion], points, weight, level: fit.level, detail: fit.detail });
  }
  return { eligible: true, total, parts, form: picked.form, roleModel: roleModel?.roleModel ?? null };
}
