import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";
import { ru } from "date-fns/locale";

/*
 * The app's one place for dates. Two kinds of value, never mixed:
 * - calendar dates (@db.Date: deadlines, birth dates, meeting days) are stored as UTC midnight and shown as they are,
 *   with no zone shift — formatDate, formatShortDate, formatMonth;
 * - instants (createdAt, uploads, comments, submissions, the audit log) are shown in the school's time zone
 *   (viewer.timeZone) — formatInstant. "Today" is the school's calendar day too — todayCalendarDate.
 */

/** Calendar dates are stored as UTC midnight (@db.Date); read their UTC parts so no time zone shifts the day. */
function calendarDay(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** «22 ноября 2026», for a calendar date. */
export function formatDate(date: Date): string {
  return format(calendarDay(date), "d MMMM yyyy", { locale: ru });
}

/** «22.11.2026», for a calendar date. */
export function formatShortDate(date: Date): string {
  return format(calendarDay(date), "dd.MM.yyyy");
}

/** «Декабрь 2026», for a calendar date. */
export function formatMonth(date: Date): string {
  const text = format(calendarDay(date), "LLLL yyyy", { locale: ru });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const instantPatterns = {
  /** «22 ноября 2026» */
  date: "d MMMM yyyy",
  /** «22.11.2026» */
  short: "dd.MM.yyyy",
  /** «22 ноября 2026, 14:05» */
  dateTime: "d MMMM yyyy, HH:mm",
  /** «22.11.2026 14:05» */
  shortDateTime: "dd.MM.yyyy HH:mm",
  /** «14:05» */
  time: "HH:mm",
} as const;

export type InstantStyle = keyof typeof instantPatterns;

/** A moment (a timestamp, not a @db.Date) as the school's clock and calendar showed it. */
export function formatInstant(instant: Date, timeZone: string, style: InstantStyle = "date"): string {
  return format(instant, instantPatterns[style], { locale: ru, in: tz(timeZone) });
}

/** The school's calendar day at `instant`, as the UTC midnight that @db.Date stores. */
export function calendarDateAt(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** Today in the school's time zone (overdue marks, due soon, ages), as the UTC midnight that @db.Date stores. */
export function todayCalendarDate(timeZone: string, now = new Date()): Date {
  return calendarDateAt(now, timeZone);
}

/** A calendar date (yyyy-mm-dd, as from <input type="date">) as the UTC midnight that @db.Date stores. */
export function parseCalendarDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** A calendar date back to yyyy-mm-dd, for a form's default value. */
export function calendarDateValue(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A wall-clock date and time (yyyy-mm-dd, HH:mm, as from the form's inputs) in the school's zone, as the moment it is. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}
