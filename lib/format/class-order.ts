/** A school class as the database keeps it: grade 1–11 and a letter («А»). */
export interface ClassRef {
  grade: number;
  classLetter: string;
}

/**
 * The one order of classes: by grade as a number, then by letter in Russian alphabetical order (5А, 5Б, 6А, 10А).
 * Used for lists built in memory; database lists order by `classOrderBy` and are then sorted with this, so «Ё» and
 * other letters do not depend on the database's collation.
 */
export function compareClasses(a: ClassRef, b: ClassRef): number {
  return a.grade - b.grade || a.classLetter.localeCompare(b.classLetter, "ru");
}

/** «10А» → its place in the order; labels that are not classes go last, by their text. */
export function compareClassLabels(a: string, b: string): number {
  const left = splitLabel(a);
  const right = splitLabel(b);
  if (left && right) return compareClasses(left, right);
  if (left || right) return left ? -1 : 1;
  return a.localeCompare(b, "ru");
}

/** Prisma's `orderBy` for pupils and class groups: grade is a number column, so 5 comes before 10. */
export const classOrderBy: ({ grade: "asc" } | { classLetter: "asc" })[] = [{ grade: "asc" }, { classLetter: "asc" }];

/** Sorts a list of classes (or of rows with a class) in the one order, in place, and returns it. */
export function sortClasses<T extends ClassRef>(classes: T[]): T[] {
  return classes.sort(compareClasses);
}

function splitLabel(label: string): ClassRef | null {
  const match = /^(\d{1,2})\s*(\S.*)$/.exec(label.trim());
  return match ? { grade: Number(match[1]), classLetter: match[2] } : null;
}
