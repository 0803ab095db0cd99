/** The school year that starts on 1 September of `startYear`: its twelve months (first days, UTC midnight). */
export function schoolYearMonths(startYear: number): Date[] {
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(startYear, 8 + i, 1)));
}

/** The start year of the school year a calendar day falls in (September opens a new one). */
export function schoolYearOf(day: Date): number {
  return day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

/** A year from the address (?year=2026), or the current school year; anything else falls back to the current one. */
export function parseSchoolYear(value: string | undefined, today: Date): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : schoolYearOf(today);
}

/** Minutes as hours for people and accounting: «12,5». */
export function formatHours(minutes: number): string {
  return (Math.round(minutes / 6) / 10).toString().replace(".", ",");
}
