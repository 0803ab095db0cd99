export type ParsedExperience = { ok: true; years: number } | { ok: false; error: string };

const years = String.raw`(\d{1,3})([.,]\d+)?\s*(?:г|год|года|лет|л)?\.?`;
const months = String.raw`(?:\d{1,2}\s*(?:м|мес|месяц|месяца|месяцев)\.?)?`;
const days = String.raw`(?:\d{1,2}\s*(?:д|дн|день|дня|дней)\.?)?`;
const withYears = new RegExp(`^${years}\\s*${months}\\s*${days}$`, "i");
const withoutYears = new RegExp(`^(?:\\d{1,2}\\s*(?:м|мес|месяц|месяца|месяцев)\\.?)\\s*${days}$`, "i");

/**
 * Whole years of teaching: «12», «12 лет», «12,5», «5 лет 3 мес.», «1 год 2 мес.», and 1С's «37 л. 9 м. 0 д.» → 12, 12, 12,
 * 5, 1, 37; months and days alone («11 мес.») are 0 years. From 0 to 70.
 */
export function parseExperience(raw: string): ParsedExperience {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return { ok: false, error: "Не указан педагогический стаж" };
  if (withoutYears.test(text)) return { ok: true, years: 0 };
  const match = withYears.exec(text);
  if (!match) return { ok: false, error: `Стаж «${text}» не распознан: укажите число полных лет` };
  const value = Number(match[1]);
  if (value > 70) return { ok: false, error: `Стаж ${value} лет больше возможного` };
  return { ok: true, years: value };
}
