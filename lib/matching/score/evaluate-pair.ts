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

const ineligible = (): MatchScore => ({ eligible: false, reasons: [] });

function personReasons(who: string, reasons: readonly string[] | undefined): string[] {
  return (reasons ?? []).map((reason) => `${who}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`);
}

/**
 * The score of a pair with every part and reason when `explain` is set (scoreMatch). Without it — for the hundreds of
 * thousands of pairs of a cohort — the same total and eligibility, but empty parts, details and reasons.
 */
export function evaluatePair(mentee: ScoreMentee, mentor: ScoreMentor, context: ScoreContext, explain: boolean): MatchScore {
  const { settings } = context;
  const unfit = mentee.eligibility?.eligible === false || mentor.eligibility?.eligible === false;
  if (!explain && unfit) return ineligible();
  const reasons = unfit
    ? [...personReasons("Наставляемый", mentee.eligibility?.reasons), ...personReasons("Наставник", mentor.eligibility?.reasons)]
    : [];
  const picked = pickPairForm(context.forms, mentor, mentee, settings.minGradeGap);
  if (!explain && !picked.form) return ineligible();
  reasons.push(...picked.reasons);

  const roleModel = picked.form ? roleModelFit(settings.roleModels, picked.form, mentee, mentor, explain) : null;
  const preferences = preferenceFits(mentee, mentor, explain);
  const profile = profileFits(mentee, mentor, explain);
  const fits: Record<MatchCriterion, CriterionFit | null> = {
    MENTEE_CHOICE: preferences.MENTEE_CHOICE,
    MENTOR_CHOICE: preferences.MENTOR_CHOICE,
    MUTUAL_CHOICE: preferences.MUTUAL_CHOICE,
    REQUESTS: profile.REQUESTS,
    ROLE_MODEL: roleModel,
    FORMAT: profile.FORMAT,
    AVAILABILITY: profile.AVAILABILITY,
  };
  for (const criterion of matchCriteria) {
    const fit = fits[criterion];
    if (!settings.criteria[criterion].must || !fit || fit.passes) continue;
    if (!explain) return ineligible();
    reasons.push(`Не выполнен обязательный критерий «${criterionLabels[criterion]}»: ${fit.detail}`);
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
    if (explain) {
      parts.push({ criterion, label: criterionLabels[criterion], points, weight, level: fit.level, detail: fit.detail });
    }
  }
  return { eligible: true, total, parts, form: picked.form, roleModel: roleModel?.roleModel ?? null };
}
