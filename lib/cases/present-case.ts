import { achievementKindLabels, achievementLevelLabels, achievementResultLabels } from "@/lib/achievements/labels";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { findMonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";
import type { CaseFacts, CasePart } from "./case-facts";
import { mayShowName, publicName, redactNames, type CaseParticipant } from "./reveal-rules";

export type CaseReveal = Record<CasePart, boolean> & { showNames: boolean };

/** A case as a reader sees it: only the parts the curator revealed, names only where allowed, hidden names redacted. */
export interface CaseView {
  title: string;
  body: string;
  form: string;
  format: string;
  group: boolean;
  mentor: string | null;
  mentees: string[];
  goal: string | null;
  planGoals: { title: string; tasks: number; tasksDone: number }[] | null;
  meetings: { count: number; hours: number; topics: string[] } | null;
  achievements: string[] | null;
  monitoring: { label: string; before: number; after: number }[] | null;
}

/**
 * Applies the reveal rules to a case: every text the curator or the pair wrote passes through redactNames for the people
 * whose names may not be shown, so a surname typed into the text by mistake does not reach the public page either.
 */
export function presentCase(
  text: { title: string; body: string },
  facts: CaseFacts,
  reveal: CaseReveal,
  participants: readonly CaseParticipant[],
): CaseView {
  const hidden = participants.filter((p) => !mayShowName(p, reveal.showNames));
  const shown = participants.filter((p) => mayShowName(p, reveal.showNames));
  const clean = (value: string) => redactNames(value, hidden, shown);
  const mentor = participants.find((p) => p.role === "MENTOR");
  return {
    title: clean(text.title),
    body: clean(text.body),
    form: formLabels[facts.form],
    format: formatLabels[facts.format],
    group: facts.group,
    mentor: mentor ? publicName(mentor, reveal.showNames) : null,
    mentees: participants.filter((p) => p.role === "MENTEE").map((p) => publicName(p, reveal.showNames)),
    goal: reveal.showGoal && facts.goal ? clean(facts.goal) : null,
    planGoals: reveal.showPlan ? facts.planGoals.map((goal) => ({ ...goal, title: clean(goal.title) })) : null,
    meetings: reveal.showMeetings
      ? {
          count: facts.meetings.count,
          hours: Math.round((facts.meetings.minutes / 60) * 10) / 10,
          topics: facts.meetings.topics.map(clean),
        }
      : null,
    achievements: reveal.showAchievements
      ? facts.achievements.map(
          (a) =>
            `${achievementKindLabels[a.kind]} «${clean(a.title)}»: ${achievementResultLabels[a.result].toLowerCase()}, ` +
            `${achievementLevelLabels[a.level].toLowerCase()} уровень`,
        )
      : null,
    monitoring: reveal.showMonitoring
      ? facts.monitoring.map((m) => ({
          label: findMonitoringParameter(m.parameter)?.label ?? m.parameter,
          before: m.before,
          after: m.after,
        }))
      : null,
  };
}
