/** What the curator sees per pair before completing it (stage 6.6–6.7): the steps done and those still missing. */
export interface CompletionFacts {
  isGroup: boolean;
  hasFinalMeeting: boolean;
  hasPresentation: boolean;
  mentorReflection: boolean;
  /** Mentees still in the pair, and how many of them wrote their reflection. */
  menteeCount: number;
  menteeReflections: number;
  groupReflection: boolean;
}

export interface CompletionStep {
  code: "FINAL_MEETING" | "PRESENTATION" | "MENTOR_REFLECTION" | "GROUP_REFLECTION" | "MENTEE_REFLECTIONS";
  label: string;
  done: boolean;
  /** Required before completion; mentees' reflections are asked for, not required (a child may decline). */
  required: boolean;
}

/** The checklist of a pair's completion, in the order the work goes. */
export function completionSteps(facts: CompletionFacts): CompletionStep[] {
  const steps: CompletionStep[] = [
    { code: "FINAL_MEETING", label: "Итоговая встреча", done: facts.hasFinalMeeting, required: true },
    { code: "PRESENTATION", label: "Презентация результатов", done: facts.hasPresentation, required: true },
    { code: "MENTOR_REFLECTION", label: "Рефлексия наставника", done: facts.mentorReflection, required: true },
  ];
  if (facts.isGroup) {
    steps.push({ code: "GROUP_REFLECTION", label: "Групповая рефлексия", done: facts.groupReflection, required: true });
  }
  steps.push({
    code: "MENTEE_REFLECTIONS",
    label: `Рефлексия наставляемых: ${facts.menteeReflections} из ${facts.menteeCount}`,
    done: facts.menteeCount > 0 && facts.menteeReflections >= facts.menteeCount,
    required: false,
  });
  return steps;
}

/** The required steps still missing; the pair may be completed when there are none. */
export function missingForCompletion(facts: CompletionFacts): string[] {
  return completionSteps(facts)
    .filter((step) => step.required && !step.done)
    .map((step) => step.label);
}
