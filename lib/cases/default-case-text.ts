import { formLabels } from "@/lib/mentorships/labels";
import type { CaseFacts } from "./case-facts";

/** The first draft of a case's text from its facts, without names: the curator rewrites it. */
export function defaultCaseText(facts: CaseFacts, programmeTitle: string): { title: string; body: string } {
  const who = facts.group ? "Наставническая группа" : "Наставническая пара";
  const lines = [
    `${who} формы «${formLabels[facts.form]}» программы «${programmeTitle}».`,
    facts.goal ? `Цель: ${facts.goal}.` : null,
    facts.meetings.count ? `Проведено встреч: ${facts.meetings.count}.` : null,
    facts.achievements.length ? `Достижений наставляемых: ${facts.achievements.length}.` : null,
    "Что получилось и почему: …",
  ];
  return {
    title: `${who}: ${formLabels[facts.form].toLowerCase()}`,
    body: lines.filter(Boolean).join("\n\n"),
  };
}
