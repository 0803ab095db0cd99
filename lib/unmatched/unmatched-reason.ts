import type { MenteeKind, MentorCategory } from "@/lib/generated/prisma/enums";
import type { Eligibility } from "@/lib/matching/eligibility";
import { mentorCategoriesFor } from "@/lib/matching/form-rules";

export type UnmatchedReason = { kind: "NOT_ELIGIBLE" | "NO_MENTOR" | "NOT_YET"; text: string };

/**
 * Why a mentee without a pair has none (stage 5.5): they may not be matched now (consent, left the school), no mentor
 * who could lead them has a free place, or they simply have not been matched yet.
 */
export function unmatchedReason(
  mentee: { kind: MenteeKind; eligibility: Eligibility },
  /** Categories of the eligible mentors who have a free place. */
  freeMentors: MentorCategory[],
): UnmatchedReason {
  if (!mentee.eligibility.eligible) return { kind: "NOT_ELIGIBLE", text: mentee.eligibility.reasons.join("; ") };
  const fitting = mentorCategoriesFor(mentee.kind);
  if (!freeMentors.some((category) => fitting.includes(category))) {
    return { kind: "NO_MENTOR", text: "Нет подходящего наставника со свободным местом" };
  }
  return { kind: "NOT_YET", text: "Ещё не подобран наставник" };
}
