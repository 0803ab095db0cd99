import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { monitoringParameters, type MonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";
import { guardBreakdown, guardSmallGroup, peopleBehind, type Guarded } from "@/lib/questionnaires/results/small-group";
import { mean, round } from "./mean";
import type { ParticipantChange } from "./pair-before-after";

export interface GrowthFigures {
  before: number;
  after: number;
  delta: number;
  /** Share of participants who improved, 0–100 %. */
  improvedPercent: number;
}

export interface ParameterGrowth {
  parameter: MonitoringParameter;
  overall: Guarded<GrowthFigures>;
  byForm: { form: MentoringForm; figures: Guarded<GrowthFigures> }[];
}

/**
 * Stage 2 of monitoring: per parameter, overall and per form of the pair — mean before, mean after, their delta and the
 * share of participants who improved. Only participants with both answers count; a group resting on fewer than
 * MIN_GROUP_SIZE people (participants or those who answered about them) is hidden.
 */
export function summariseGrowth(changes: readonly ParticipantChange[]): ParameterGrowth[] {
  return monitoringParameters.map((parameter) => {
    const rows = changes.filter((c) => c.parameter === parameter.code);
    const forms = [...new Set(rows.flatMap((r) => (r.form ? [r.form] : [])))].sort();
    const figures = guardBreakdown(
      forms.map((form) => rows.filter((r) => r.form === form)),
      rows,
      participantsBehind,
      figuresOf,
    );
    return {
      parameter,
      overall: guardSmallGroup(participantsBehind(rows), () => figuresOf(rows)),
      byForm: forms.map((form, i) => ({ form, figures: figures[i] })),
    };
  });
}

/** The participants and the people who answered about them, before and after. */
const participantsBehind = (rows: readonly ParticipantChange[]) =>
  peopleBehind(rows.flatMap((r) => r.respondentIds.map((respondentId) => ({ respondentId, subjectId: r.subjectId }))));

function figuresOf(rows: readonly ParticipantChange[]): GrowthFigures {
  const before = mean(rows.map((r) => r.before));
  const after = mean(rows.map((r) => r.after));
  // From the rounded means, so the delta shown matches the two numbers shown next to it.
  return {
    before,
    after,
    delta: round(after - before),
    improvedPercent: round((rows.filter((r) => r.improved).length / rows.length) * 100, 1),
  };
}
