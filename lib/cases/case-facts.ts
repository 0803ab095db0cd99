import type {
  AchievementKind,
  AchievementLevel,
  AchievementResult,
  MentoringForm,
  WorkFormat,
} from "@/lib/generated/prisma/enums";
import type { MonitoringParameterCode } from "@/lib/questionnaires/monitoring-parameters";

/**
 * What a case takes from its pair when the curator writes it (stored as PracticeCase.facts). No names: the people are
 * resolved from the pair each time the case is shown, so a consent given or withdrawn later applies at once.
 */
export interface CaseFacts {
  form: MentoringForm;
  format: WorkFormat;
  /** Several mentees: a group. */
  group: boolean;
  startedOn: string | null;
  endedOn: string | null;
  goal: string | null;
  planGoals: { title: string; tasks: number; tasksDone: number }[];
  meetings: { count: number; minutes: number; topics: string[] };
  achievements: {
    kind: AchievementKind;
    title: string;
    level: AchievementLevel;
    result: AchievementResult;
    achievedOn: string;
  }[];
  /** Mean of the pair's mentees' BEFORE and AFTER values per monitored parameter (only those with both). */
  monitoring: { parameter: MonitoringParameterCode; before: number; after: number }[];
}

/** The parts of a case the curator chooses to reveal. */
export const caseParts = ["showGoal", "showPlan", "showMeetings", "showAchievements", "showMonitoring"] as const;
export type CasePart = (typeof caseParts)[number];

export const casePartLabels: Record<CasePart, string> = {
  showGoal: "Цель пары",
  showPlan: "Цели индивидуального плана",
  showMeetings: "Встречи: число и темы",
  showAchievements: "Достижения наставляемых",
  showMonitoring: "Мониторинг «до» и «после»",
};

/** How many meeting topics a case keeps (the latest ones). */
export const MAX_CASE_TOPICS = 12;

/** Reads stored facts defensively: a case written before a field existed shows it empty. */
export function readCaseFacts(value: unknown): CaseFacts {
  const raw = (value ?? {}) as Partial<CaseFacts>;
  return {
    form: raw.form ?? "TEACHER_PUPIL",
    format: raw.format ?? "INDIVIDUAL",
    group: raw.group ?? false,
    startedOn: raw.startedOn ?? null,
    endedOn: raw.endedOn ?? null,
    goal: raw.goal ?? null,
    planGoals: raw.planGoals ?? [],
    meetings: raw.meetings ?? { count: 0, minutes: 0, topics: [] },
    achievements: raw.achievements ?? [],
    monitoring: raw.monitoring ?? [],
  };
}
