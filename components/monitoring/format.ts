import type { SatisfactionRole } from "@/lib/monitoring/summarise-satisfaction";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2, signDisplay: "exceptZero" });

export const formatNumber = (value: number) => number.format(value);
/** «+1,6», «−0,8», «0». */
export const formatDelta = (value: number) => signed.format(value);
export const formatPercent = (value: number) => `${number.format(value)} %`;

export const roleLabels: Record<SatisfactionRole, string> = { MENTEE: "Наставляемые", MENTOR: "Наставники" };

/** A group hidden because it is small, or because showing it would give a small group away (the total minus it). */
export const hiddenLabel = (respondents: number) =>
  respondents < MIN_GROUP_SIZE
    ? `скрыто: ${respondents} чел., меньше ${MIN_GROUP_SIZE}`
    : `скрыто: ${respondents} чел., иначе видна малая группа`;
