/** One mentor's facts for the award ranking, as computed in SQL (load-candidate-facts.ts). */
export interface CandidateFacts {
  mentorId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  meetingsHeld: number;
  tasksDone: number;
  tasksTotal: number;
  /** Mean of the mentees' meeting-feedback scales brought to 1–5; null when nobody answered. */
  feedbackMean: number | null;
  feedbackResponses: number;
  achievements: number;
  /** Achievements with a prize or a win. */
  prizes: number;
}

export interface RankedCandidate extends CandidateFacts {
  rank: number;
  score: number;
  /** Plan progress in whole percent; null without tasks. */
  planPercent: number | null;
  reasons: string[];
}

/**
 * The weights of the score, shown to the curator with it: a meeting held 1 point, the whole plan done 10, each point of
 * the mean feedback above 3 (of 5) 2 points (below 3 takes away), an achievement 2 and a prize or a win 2 more.
 */
export const SCORE_WEIGHTS = { meeting: 1, plan: 10, feedbackPoint: 2, achievement: 2, prize: 2 } as const;

const decimal = (value: number) => value.toFixed(1).replace(".", ",");

export function candidateScore(facts: CandidateFacts): number {
  const plan = facts.tasksTotal > 0 ? facts.tasksDone / facts.tasksTotal : 0;
  const feedback = facts.feedbackMean === null ? 0 : facts.feedbackMean - 3;
  const score =
    facts.meetingsHeld * SCORE_WEIGHTS.meeting +
    plan * SCORE_WEIGHTS.plan +
    feedback * SCORE_WEIGHTS.feedbackPoint +
    facts.achievements * SCORE_WEIGHTS.achievement +
    facts.prizes * SCORE_WEIGHTS.prize;
  return Math.round(score * 10) / 10;
}

/** Why the mentor is where they are, in the curator's words. */
export function candidateReasons(facts: CandidateFacts): string[] {
  const reasons = [`Проведено встреч: ${facts.meetingsHeld}`];
  reasons.push(
    facts.tasksTotal > 0
      ? `Индивидуальные планы выполнены на ${Math.round((facts.tasksDone / facts.tasksTotal) * 100)} % (${facts.tasksDone} из ${facts.tasksTotal} задач)`
      : "Задач в индивидуальных планах нет",
  );
  reasons.push(
    facts.feedbackMean === null
      ? "Оценок встреч от наставляемых нет"
      : `Оценка встреч наставляемыми: ${decimal(facts.feedbackMean)} из 5 (ответов: ${facts.feedbackResponses})`,
  );
  reasons.push(
    facts.achievements > 0
      ? `Достижения наставляемых: ${facts.achievements}, из них призовых и побед: ${facts.prizes}`
      : "Достижений наставляемых нет",
  );
  return reasons;
}

/** Candidates best first: by score, then more meetings, then by name (a stable order for equal scores). */
export function rankCandidates(list: CandidateFacts[]): RankedCandidate[] {
  const scored = list.map((facts) => ({
    ...facts,
    score: candidateScore(facts),
    planPercent: facts.tasksTotal > 0 ? Math.round((facts.tasksDone / facts.tasksTotal) * 100) : null,
    reasons: candidateReasons(facts),
  }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.meetingsHeld - a.meetingsHeld ||
      `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, "ru"),
  );
  return scored.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
