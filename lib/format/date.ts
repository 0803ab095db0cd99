import { format } from "date-fns";
import { ru } from "date-fns/locale";

/** Calendar dates are stored as UTC midnight (@db.Date); read their UTC parts so no time zone shifts the day. */
function calendarDay(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** «22 ноября 2026» */
export function formatDate(date: Date): string {
  return format(calendarDay(date), "d MMMM yyyy", { locale: ru });
}

/** «22.11.2026» */
export function formatShortDate(date: Date): string {
  return format(calendarDay(date), "dd.MM.yyyy");
}

/** «Декабрь 2026» */
export function formatMonth(date: Date): string {
  const text = format(calendarDay(date), "LLLL yyyy", { locale: ru });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A calendar date (yyyy-mm-dd, as from <input type="date">) as the UTC midnight that @db.Date stores. */
export function parseCalendarDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function todayCalendarDate(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
