export type ParsedExperience = { ok: true; years: number } | { ok: false; error: string };

/** Whole years of teaching: «12», «12 лет», «12,5», «5 л. 3 мес.» → 12, 12, 12, 5. From 0 to 70. */
export function parseExperience(raw: string): ParsedExperience {
  const text = raw.trim();
  if (!text) return { ok: false, error: "Не указан педагогический стаж" };
  const match = /^(\d{1,3})([.,]\d+)?(\s*(г|год|года|лет|л)\.?)?(\s*\d{1,2}\s*(м|мес|месяц|месяца|месяцев)\.?)?$/i.exec(text);
  if (!match) return { ok: false, error: `Стаж «${text}» не распознан: укажите число полных лет` };
  const years = Number(match[1]);
  if (years > 70) return { ok: false, error: `Стаж ${years} лет больше возможного` };
  return { ok: true, years };
}
