import { evaluatePair, type ScoreContext } from "./evaluate-pair";
import type { MatchScore, ScoreMentee, ScoreMentor } from "./types";

export type { ScoreContext } from "./evaluate-pair";

/**
 * The match score of one mentor–mentee pair (stage 5.3) with its explanation («почему эта пара»): each criterion's
 * points, which add up to the total. Or every reason the pair is not eligible: the person rules of eligibility.ts, the
 * form's rules (form-rules.ts, the class gap of «ученик – ученик») and the curator's must criteria.
 */
export function scoreMatch(mentee: ScoreMentee, mentor: ScoreMentor, context: ScoreContext): MatchScore {
  return evaluatePair(mentee, mentor, context, true);
}
