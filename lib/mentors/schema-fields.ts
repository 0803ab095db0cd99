import { z } from "zod";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 24 * 3600 * 1000;

/** Later than today in any time zone of Russia's schools (a day of slack for the server's UTC). */
export const isFutureDate = (value: string) => new Date(`${value}T00:00:00Z`).getTime() > Date.now() + DAY;

/** A required yyyy-mm-dd date, as from <input type="date">. */
export function calendarDate(required: string) {
  return z
    .string({ error: required })
    .regex(isoDate, { error: required, abort: true })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: "Некорректная дата", abort: true });
}

/** A required date that is not in the future. */
export function pastDate(required: string, future: string) {
  return calendarDate(required).refine((value) => !isFutureDate(value), future);
}

/** The same, or empty when not known. */
export function optionalPastDate(future: string) {
  return z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || (isoDate.test(value) && !Number.isNaN(Date.parse(value))), { error: "Некорректная дата", abort: true })
    .refine((value) => value === "" || !isFutureDate(value), future);
}

export function optionalText(max: number) {
  return z.string().trim().max(max, `Не длиннее ${max} символов`).default("");
}

/** A checkbox group: one checked box reaches the server as a string, none as false or nothing. */
export function checkboxes<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []),
    z.array(item),
  );
}
