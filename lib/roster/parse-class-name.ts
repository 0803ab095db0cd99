export type ParsedClass = { ok: true; grade: number; classLetter: string } | { ok: false; error: string };

// Latin letters that look like Cyrillic ones and slip into exported class names («7A» typed on an English layout).
const lookalikes: Record<string, string> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
};

/** «7А», «7 а», «7-А», «7 «А»», «7А класс», «7» → grade and letter; the grade must be from 1 to 11. */
export function parseClassName(raw: string): ParsedClass {
  const text = raw.trim();
  if (!text) return { ok: false, error: "Не указан класс" };
  const compact = text
    .toUpperCase()
    .replace(/КЛАСС|КЛ\./g, "")
    .replace(/[\s\-–—"'«»“”„/\\.]/g, "")
    .replace(/[ABCEHKMOPTX]/g, (letter) => lookalikes[letter]);
  const match = /^(\d{1,2})([А-ЯЁ]?)$/.exec(compact);
  if (!match) return { ok: false, error: `Класс «${text}» не распознан: ожидается, например, «7А»` };
  const grade = Number(match[1]);
  if (grade < 1 || grade > 11) return { ok: false, error: `Класс «${text}»: номер класса должен быть от 1 до 11` };
  return { ok: true, grade, classLetter: match[2] };
}

/** «7А»; a class without a letter is just «7». */
export function classLabel(pupil: { grade: number; classLetter: string }): string {
  return `${pupil.grade}${pupil.classLetter}`;
}
