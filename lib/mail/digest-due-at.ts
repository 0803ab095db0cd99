import { TZDate } from "@date-fns/tz";

/** The local hour at which the daily digest goes out. */
export const DIGEST_HOUR = 7;

/**
 * When today's digest is due, for a user whose schools keep these time zones: 07:00 of the current day in the
 * westernmost of them (the latest 07:00), so the digest never arrives before 07:00 in any of the user's schools
 * and there is one due moment per day, not one per school.
 */
export function digestDueAt(now: Date, timeZones: readonly string[]): Date | null {
  if (timeZones.length === 0) return null;
  const westernmost = timeZones.reduce((west, zone) =>
    new TZDate(now, zone).getTimezoneOffset() > new TZDate(now, west).getTimezoneOffset() ? zone : west,
  );
  const local = new TZDate(now, westernmost);
  const due = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), DIGEST_HOUR, 0, 0, westernmost);
  return new Date(due.getTime());
}
