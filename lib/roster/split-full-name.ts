export type NameParts = { lastName: string; firstName: string; middleName: string | null };

/** Spaces collapsed; letters, spaces, hyphens, apostrophes and dots only (a digit means the wrong column is mapped). */
export function cleanNamePart(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export function nameProblem(label: string, value: string): string | null {
  if (value.length > 100) return `${label}: слишком длинно`;
  if (!/^[\p{L}\s\-'’.()]*$/u.test(value)) return `${label} «${value}» содержит цифры или лишние знаки`;
  return null;
}

/**
 * «Иванова Мария Петровна» → parts. Everything after the first name is the patronymic, so «Алиев Руслан Ильхам оглы» keeps
 * «Ильхам оглы» whole. Returns null when there is no first name.
 */
export function splitFullName(fullName: string): NameParts | null {
  const words = cleanNamePart(fullName).split(" ").filter(Boolean);
  if (words.length < 2) return null;
  const [lastName, firstName, ...rest] = words;
  return { lastName, firstName, middleName: rest.length ? rest.join(" ") : null };
}
