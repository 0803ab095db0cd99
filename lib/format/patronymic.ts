/** Patronymics that no rule gives: [male, female]. */
const exceptions: Record<string, [string, string]> = {
  Павел: ["Павлович", "Павловна"],
  Михаил: ["Михайлович", "Михайловна"],
  Лев: ["Львович", "Львовна"],
  Пётр: ["Петрович", "Петровна"],
  Петр: ["Петрович", "Петровна"],
  Яков: ["Яковлевич", "Яковлевна"],
  Илья: ["Ильич", "Ильинична"],
  Никита: ["Никитич", "Никитична"],
  Кузьма: ["Кузьмич", "Кузьминична"],
  Фома: ["Фомич", "Фоминична"],
  Лука: ["Лукич", "Лукинична"],
  Савва: ["Саввич", "Саввична"],
};

const vowels = "аеёиоуыэюя";

/**
 * The patronymic formed from a father's first name by the rules of Russian: Игорь → Игоревич, Юрий → Юрьевич,
 * Дмитрий → Дмитриевич (two consonants before «-ий»), Николай → Николаевич, Иван → Иванович, with the exceptions above.
 */
export function patronymic(fatherName: string, female: boolean): string {
  const pick = (male: string, fem: string) => (female ? fem : male);
  const known = exceptions[fatherName];
  if (known) return pick(...known);
  if (fatherName.endsWith("ий")) {
    const stem = fatherName.slice(0, -2);
    const [before, last] = stem.toLowerCase().slice(-2);
    const cluster = Boolean(before && last) && !vowels.includes(before) && !vowels.includes(last);
    return stem + (cluster ? pick("иевич", "иевна") : pick("ьевич", "ьевна"));
  }
  if (fatherName.endsWith("й") || fatherName.endsWith("ь")) return fatherName.slice(0, -1) + pick("евич", "евна");
  if (/[жшчщц]$/.test(fatherName)) return fatherName + pick("евич", "евна");
  return fatherName + pick("ович", "овна");
}
