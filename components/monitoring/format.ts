import type { SatisfactionRole } from "@/lib/monitoring/summarise-satisfaction";

const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2, signDisplay: "exceptZero" });

export const formatNumber = (value: number) => number.format(value);
/** «+1,6», «−0,8», «0». */
export const formatDelta = (value: number) => signed.format(value);
export const formatPercent = (value: number) => `${number.format(value)} %`;

export const roleLabels: Record<SatisfactionRole, string> = { MENTEE: "Наставляемые", MENTOR: "Наставники" };

export const hiddenLabel = (respondents: number) => `скрыто: ${respondents} чел., меньше 5`;
