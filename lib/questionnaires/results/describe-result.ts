import type { Summary } from "./aggregate-answers";

/** The headline number of an aggregate, as shown on the page and in the export. */
export function headline(summary: Summary): string {
  switch (summary.kind) {
    case "SCALE":
      return `Среднее ${formatNumber(summary.mean)}`;
    case "NUMBER":
      return `Среднее ${formatNumber(summary.mean)}, медиана ${formatNumber(summary.median)}, от ${formatNumber(summary.min)} до ${formatNumber(summary.max)}`;
    case "CHOICE":
      return "";
    case "COUNT":
      return `Ответов: ${summary.count}`;
  }
}

/** «1 — 2 (33 %); 2 — 4 (67 %)» for the export. */
export function distributionText(summary: Summary): string {
  if (summary.kind !== "SCALE" && summary.kind !== "CHOICE") return "";
  return summary.bars.map((bar) => `${bar.label} — ${bar.count} (${bar.percent} %)`).join("; ");
}

export function formatNumber(value: number): string {
  return value.toLocaleString("ru-RU", { maximumFractionDigits: 1 });
}
