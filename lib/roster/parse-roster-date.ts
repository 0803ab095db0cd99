export type ParsedDate = { ok: true; date: Date } | { ok: false; error: string };

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A birth date as journals export it: «дд.мм.гггг» (also with «/» or «-», one-digit day or month, a trailing time such as
 * «0:00:00»), ISO «гггг-мм-дд», or an Excel day number. Returns UTC midnight, as @db.Date stores it.
 * Impossible days (31.02.2012) and dates in the future are refused.
 */
export function parseRosterDate(raw: string, today = new Date()): ParsedDate {
  const value = raw.trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "");
  if (!value) return { ok: false, error: "Не указана дата рождения" };
  let day: number, month: number, year: number;
  const russian = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (russian) [day, month, year] = [Number(russian[1]), Number(russian[2]), Number(russian[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (/^\d{4,5}$/.test(value)) {
    const date = new Date(EXCEL_EPOCH + Number(value) * 86_400_000);
    [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  } else return { ok: false, error: `Дата «${raw.trim()}» не в формате дд.мм.гггг` };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: `Такой даты нет: «${raw.trim()}»` };
  }
  if (year < 1900) return { ok: false, error: `Год рождения ${year} слишком ранний` };
  if (date.getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) {
    return { ok: false, error: `Дата рождения «${raw.trim()}» ещё не наступила` };
  }
  return { ok: true, date };
}
