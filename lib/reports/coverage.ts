/** Pupils born on or before this day have reached `minAge` by `today`. */
export function birthDateCutoff(today: Date, minAge: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear() - minAge, today.getUTCMonth(), today.getUTCDate()));
}

export function coveragePercent(covered: number, total: number): number {
  if (total === 0) return 0;
  return Math.round((covered / total) * 1000) / 10;
}
