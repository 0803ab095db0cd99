/** What the health of a pair is judged by: gathered in SQL for all pairs of a school at once (load-health-facts.ts). */
export interface PairHealthFacts {
  mentorshipId: string;
  /** The day the order fixed the pair. */
  startedOn: Date | null;
  lastMeetingOn: Date | null;
  /** Mean of the mentees' recent meeting-feedback scales, brought to 1–5; null when nobody answered. */
  feedbackMean: number | null;
  /** Questionnaires of the pair's people past their deadline and not submitted. */
  overdueQuestionnaires: number;
  /** Whether the pair has an individual plan, and its tasks still open or in progress. */
  hasPlan: boolean;
  openTasks: number;
}

/** A school's thresholds (PairHealthSettings); DEFAULT_THRESHOLDS until the curator saves its own. */
export interface PairHealthThresholds {
  firstMeetingDays: number;
  attentionDays: number;
  riskDays: number;
  lowFeedbackScore: number;
  curatorAfterDays: number;
}

export const DEFAULT_THRESHOLDS: PairHealthThresholds = {
  firstMeetingDays: 14,
  attentionDays: 14,
  riskDays: 28,
  lowFeedbackScore: 3,
  curatorAfterDays: 7,
};

export const healthStatuses = ["OK", "ATTENTION", "RISK"] as const;
export type HealthStatus = (typeof healthStatuses)[number];

export const healthStatusLabels: Record<HealthStatus, string> = {
  OK: "В норме",
  ATTENTION: "Требует внимания",
  RISK: "Под риском",
};

export type HealthReasonCode =
  "NO_FIRST_MEETING" | "NO_RECENT_MEETING" | "LOW_FEEDBACK" | "OVERDUE_QUESTIONNAIRE" | "NO_OPEN_TASK";

export interface HealthReason {
  code: HealthReasonCode;
  level: Exclude<HealthStatus, "OK">;
  text: string;
}

export interface PairHealth {
  status: HealthStatus;
  reasons: HealthReason[];
  /** The day the pair came under risk (from its meeting gap), which names the nudge so it is sent once. */
  riskSince: Date | null;
}

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY);

/** Judges one pair on the school's calendar day `today` (UTC midnight, as @db.Date stores it). */
export function assessPairHealth(facts: PairHealthFacts, limits: PairHealthThresholds, today: Date): PairHealth {
  const reasons: HealthReason[] = [];
  let riskSince: Date | null = null;
  if (facts.lastMeetingOn) {
    const days = daysBetween(facts.lastMeetingOn, today);
    if (days > limits.riskDays) riskSince = addDays(facts.lastMeetingOn, limits.riskDays + 1);
    if (days > limits.attentionDays) {
      reasons.push({
        code: "NO_RECENT_MEETING",
        level: days > limits.riskDays ? "RISK" : "ATTENTION",
        text: `Нет встреч ${days} дн. (порог — ${limits.attentionDays})`,
      });
    }
  } else if (facts.startedOn) {
    const days = daysBetween(facts.startedOn, today);
    if (days > 2 * limits.firstMeetingDays) riskSince = addDays(facts.startedOn, 2 * limits.firstMeetingDays + 1);
    if (days > limits.firstMeetingDays) {
      reasons.push({
        code: "NO_FIRST_MEETING",
        level: days > 2 * limits.firstMeetingDays ? "RISK" : "ATTENTION",
        text: `Нет первой встречи ${days} дн. после приказа (порог — ${limits.firstMeetingDays})`,
      });
    }
  }
  if (facts.feedbackMean !== null && facts.feedbackMean < limits.lowFeedbackScore) {
    reasons.push({
      code: "LOW_FEEDBACK",
      level: "ATTENTION",
      text: `Низкие оценки встреч: ${facts.feedbackMean.toFixed(1).replace(".", ",")} из 5`,
    });
  }
  if (facts.overdueQuestionnaires > 0) {
    reasons.push({
      code: "OVERDUE_QUESTIONNAIRE",
      level: "ATTENTION",
      text: `Просрочены анкеты: ${facts.overdueQuestionnaires}`,
    });
  }
  if (facts.hasPlan && facts.openTasks === 0) {
    reasons.push({ code: "NO_OPEN_TASK", level: "ATTENTION", text: "В индивидуальном плане нет открытых задач" });
  }
  const status: HealthStatus = reasons.some((r) => r.level === "RISK") ? "RISK" : reasons.length > 0 ? "ATTENTION" : "OK";
  return { status, reasons, riskSince };
}

/** For sorting a board: the riskiest first. */
export const healthRank: Record<HealthStatus, number> = { RISK: 0, ATTENTION: 1, OK: 2 };
