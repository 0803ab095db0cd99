/** «5А» for a pupil's class. */
export function classKey(pupil: { grade: number; classLetter: string }): string {
  return `${pupil.grade}${pupil.classLetter}`;
}

/** «5А» → { grade: 5, classLetter: "А" }; anything else is null. */
export function parseClassKey(value: string | null | undefined): { grade: number; classLetter: string } | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,2})\s*([^\d\s]{1,3})$/u.exec(value.trim());
  if (!match) return null;
  return { grade: Number(match[1]), classLetter: match[2].toUpperCase() };
}
