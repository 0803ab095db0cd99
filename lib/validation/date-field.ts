import { z } from "zod";

/** The widest range any date field accepts; a field may narrow it with `min` / `max`. */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2100-12-31";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 24 * 3600 * 1000;

/**
 * Whether `text` is a yyyy-mm-dd day that exists: JavaScript's Date rolls «2026-02-31» over to 3 March and reads years
 * below 100 as 19xx, so the parts are checked by arithmetic, not by a parse.
 */
export function isCalendarDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Later than today in any time zone of Russia's schools (a day of slack for the server's UTC). */
export function isFutureDate(value: string, now = Date.now()): boolean {
  return new Date(`${value}T00:00:00Z`).getTime() > now + DAY;
}

/** «2026-02-01» → «01.02.2026», for messages. */
const russianDate = (value: string) => value.split("-").reverse().join(".");

export interface DateFieldOptions {
  /** The message for an empty field. Without it the field is optional and an empty one gives "". */
  required?: string;
  /** yyyy-mm-dd bounds inside EARLIEST_DATE … LATEST_DATE. */
  min?: string;
  max?: string;
  /** The message for a day later than today; without it future days are accepted. */
  notFuture?: string;
}

/**
 * The one date field of every form: a yyyy-mm-dd string (as from <input type="date">) that is a real calendar day within
 * a sane range, with Russian messages. The output stays the string (or "" when optional and empty); callers store it
 * with parseCalendarDate from lib/format/date.ts.
 */
export function dateField(options: DateFieldOptions & { required: string }): z.ZodString;
export function dateField(options?: DateFieldOptions): z.ZodDefault<z.ZodString>;
export function dateField(options: DateFieldOptions = {}): z.ZodString | z.ZodDefault<z.ZodString> {
  const min = options.min && options.min > EARLIEST_DATE ? options.min : EARLIEST_DATE;
  const max = options.max && options.max < LATEST_DATE ? options.max : LATEST_DATE;
  const checked = z
    .string({ error: options.required ?? "Некорректная дата" })
    .trim()
    .superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (value === "") {
        if (options.required) fail(options.required);
      } else if (!isoDate.test(value)) fail("Укажите дату в виде дд.мм.гггг");
      else if (!isCalendarDate(value)) fail("Такой даты нет");
      else if (value < min) fail(`Дата не может быть раньше ${russianDate(min)}`);
      else if (options.notFuture && isFutureDate(value)) fail(options.notFuture);
      else if (value > max) fail(`Дата не может быть позже ${russianDate(max)}`);
    });
  return options.required ? checked : checked.default("");
}
