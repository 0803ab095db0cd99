import { formatMonth } from "@/lib/format/date";

/** «2026-11» → «Ноябрь 2026». */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return formatMonth(new Date(Date.UTC(year, number - 1, 1)));
}
