import type { Eligibility } from "@/lib/matching/eligibility";

/** What the lists say about a mentor's matching: ready, ready but with no free place, or every reason why not. */
export type MentorReadiness =
  { kind: "ready"; text: string } | { kind: "full"; text: string } | { kind: "blocked"; reasons: string[] };

/** A mentor whose places are all taken is not offered as ready: «Мест нет (3 из 3)». */
export function mentorReadiness(eligibility: Eligibility, load: number, capacity: number): MentorReadiness {
  if (!eligibility.eligible) return { kind: "blocked", reasons: eligibility.reasons };
  if (load >= capacity) return { kind: "full", text: `Мест нет (${load} из ${capacity})` };
  return { kind: "ready", text: "Готов к подбору" };
}
