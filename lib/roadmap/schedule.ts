import { formatMonth } from "@/lib/format/date";
import type { TemplateContent } from "./template-schema";

type TemplateItem = TemplateContent["stages"][number]["items"][number];

/** The school year that contains the calendar date `day` (UTC midnight, as todayCalendarDate gives): September onwards belongs to the year starting then. */
export function schoolYearStart(day: Date): number {
  return day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

function monthStart(startYear: number, offset: number): Date {
  return new Date(Date.UTC(startYear, 8 + offset, 1));
}

/** Lays a template item's months over a school year: a label as schools write it and the last day as the due date. */
export function scheduleItem(item: Pick<TemplateItem, "from" | "to">, startYear: number) {
  const first = monthStart(startYear, item.from);
  const last = monthStart(startYear, item.to ?? item.from);
  const dueOn = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0));
  const deadlineLabel = item.to === undefined ? formatMonth(first) : `${formatMonth(first)} – ${formatMonth(last)}`;
  return { deadlineLabel, dueOn };
}
