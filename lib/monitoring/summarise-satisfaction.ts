import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { guardBreakdown, guardSmallGroup, peopleBehind, type Guarded } from "@/lib/questionnaires/results/small-group";
import { mean } from "./mean";

export type SatisfactionRole = "MENTEE" | "MENTOR";

/** One submitted satisfaction questionnaire: its 1–10 items, the role it was written for, the form of the subject's pair. */
export interface SatisfactionResponse {
  /** The user who answered. */
  respondentId: string;
  subjectId: string;
  role: SatisfactionRole;
  form: MentoringForm | null;
  submittedAt: Date;
  items: { text: string; value: number }[];
}

export interface SatisfactionSummary {
  overall: Guarded<number>;
  byRole: { role: SatisfactionRole; mean: Guarded<number> }[];
  byForm: { form: MentoringForm; mean: Guarded<number> }[];
  byItem: { role: SatisfactionRole; text: string; mean: Guarded<number> }[];
}

const roles: SatisfactionRole[] = ["MENTEE", "MENTOR"];

type Scored = SatisfactionResponse & { score: number };

/**
 * Stage 1 of monitoring: each response's mean of its 1–10 items, then means per role, per form of the pair and per item.
 * A person who answered several campaigns counts once, with their latest answer; every cell needs MIN_GROUP_SIZE people
 * (peopleBehind: respondents and the people answered about).
 */
export function summariseSatisfaction(responses: readonly SatisfactionResponse[]): SatisfactionSummary {
  const latest = latestPerPerson(responses.filter((r) => r.items.length > 0));
  const scored: Scored[] = latest.map((r) => ({
    ...r,
    score: mean(
      r.items.map((i) => i.value),
      4,
    ),
  }));
  const meanOf = (group: readonly Scored[]) =>
    mean(
      group.map((r) => r.score),
      1,
    );

  const forms = [...new Set(scored.flatMap((r) => (r.form ? [r.form] : [])))].sort();
  const items = new Map<
    string,
    { role: SatisfactionRole; text: string; answers: { respondentId: string; subjectId: string; value: number }[] }
  >();
  for (const response of scored) {
    for (const item of response.items) {
      const key = `${response.role}\u0000${item.text}`;
      const entry = items.get(key) ?? { role: response.role, text: item.text, answers: [] };
      entry.answers.push({ respondentId: response.respondentId, subjectId: response.subjectId, value: item.value });
      items.set(key, entry);
    }
  }
  // Roles and forms break the overall figure down: guarded together, so no hidden group is the total minus the rest.
  const breakdown = <K>(keys: K[], of: (r: Scored) => K) =>
    guardBreakdown(
      keys.map((key) => scored.filter((r) => of(r) === key)),
      scored,
      peopleBehind,
      meanOf,
    );
  const roleMeans = breakdown(roles, (r) => r.role);
  const formMeans = breakdown(forms, (r) => r.form);
  return {
    overall: guardSmallGroup(peopleBehind(scored), () => meanOf(scored)),
    byRole: roles.map((role, i) => ({ role, mean: roleMeans[i] })),
    byForm: forms.map((form, i) => ({ form, mean: formMeans[i] })),
    byItem: [...items.values()].map(({ role, text, answers }) => ({
      role,
      text,
      mean: guardSmallGroup(peopleBehind(answers), () =>
        mean(
          answers.map((a) => a.value),
          1,
        ),
      ),
    })),
  };
}

function latestPerPerson(responses: readonly SatisfactionResponse[]): SatisfactionResponse[] {
  const byKey = new Map<string, SatisfactionResponse>();
  for (const response of responses) {
    const key = `${response.role}\u0000${response.subjectId}`;
    const seen = byKey.get(key);
    if (!seen || seen.submittedAt < response.submittedAt) byKey.set(key, response);
  }
  return [...byKey.values()];
}
