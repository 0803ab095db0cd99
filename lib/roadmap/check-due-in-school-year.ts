import { AppError } from "@/lib/errors";
import { formatShortDate, parseCalendarDate } from "@/lib/format/date";
import { schoolYearLabel } from "./schedule";

/** The first and last day of the school year starting in September of `startYear`, as yyyy-mm-dd. */
export function schoolYearBounds(startYear: number): { first: string; last: string } {
  return { first: `${startYear}-09-01`, last: `${startYear + 1}-08-31` };
}

/**
 * Refuses a deadline (yyyy-mm-dd, already a valid date from dateField) outside its programme's school year, with the
 * message next to the field. An empty deadline is allowed.
 */
export function checkDueInSchoolYear(dueOn: string, startYear: number): void {
  if (!dueOn) return;
  const { first, last } = schoolYearBounds(startYear);
  if (dueOn >= first && dueOn <= last) return;
  const [from, to] = [formatShortDate(parseCalendarDate(first)), formatShortDate(parseCalendarDate(last))];
  throw new AppError("INVALID", "Проверьте поля формы.", {
    dueOn: [`Срок должен быть в пределах ${schoolYearLabel(startYear)} учебного года: с ${from} по ${to}`],
  });
}
