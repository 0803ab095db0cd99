import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import type { Eligibility } from "@/lib/matching/eligibility";
import { evaluatePair, type ScoreContext } from "@/lib/matching/score/evaluate-pair";
import type { ScoreMentee, ScoreMentor } from "@/lib/matching/score/types";

export type WaitingReason =
  "NOT_ELIGIBLE" | "MENTORS_NOT_ADMITTED" | "EXCLUDED" | "NO_ELIGIBLE_MENTOR" | "MENTORS_FULL" | "NOT_RUN";

export interface WaitingMentor extends ScoreMentor {
  eligibility: Eligibility;
  groupRequest: MenteeRequestKind | null;
  freePlaces: number;
}

/**
 * Why a mentee of the cohort has no pair in the draft (stage 5.5), in the order a curator would look: the mentee may
 * not be matched (consent, left the school); the mentors who would fit are not admitted (no certificate, not trained,
 * no consent); the curator removed every fitting pair; no pair meets the form's rules and the must criteria; every
 * fitting mentor is full; or there is room and the matching has simply not placed them.
 */
export function explainWaiting(
  mentee: ScoreMentee & { eligibility: Eligibility },
  mentors: readonly WaitingMentor[],
  context: ScoreContext,
  excluded: ReadonlySet<string>,
): { reason: WaitingReason; text: string } {
  if (!mentee.eligibility.eligible) return { reason: "NOT_ELIGIBLE", text: mentee.eligibility.reasons.join("; ") };
  const fits = (mentor: WaitingMentor) =>
    (!mentor.groupRequest || mentee.requests.some((r) => r.kind === mentor.groupRequest)) &&
    evaluatePair(mentee, { ...mentor, eligibility: undefined }, context, false).eligible;
  const fitting = mentors.filter(fits);
  const admitted = fitting.filter((mentor) => mentor.eligibility.eligible);
  const allowed = admitted.filter((mentor) => !excluded.has(mentor.id));
  if (allowed.length === 0) {
    if (admitted.length > 0) return { reason: "EXCLUDED", text: "Куратор убрал из подбора все подходящие пары" };
    if (fitting.length > 0) {
      const reasons = [...new Set(fitting.flatMap((mentor) => mentor.eligibility.reasons))];
      return {
        reason: "MENTORS_NOT_ADMITTED",
        text: `Подходящие наставники не допущены к подбору: ${reasons.join("; ").toLowerCase()}`,
      };
    }
    return {
      reason: "NO_ELIGIBLE_MENTOR",
      text: "Нет подходящего наставника: ни одна пара не проходит правила формы и обязательные критерии",
    };
  }
  if (allowed.every((mentor) => mentor.freePlaces <= 0)) {
    return { reason: "MENTORS_FULL", text: "У всех подходящих наставников нет свободных мест" };
  }
  return { reason: "NOT_RUN", text: "Есть подходящие наставники со свободными местами: запустите подбор" };
}
