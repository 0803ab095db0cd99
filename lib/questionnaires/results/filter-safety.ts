import { MIN_GROUP_SIZE } from "./small-group";

export interface CellMember {
  /** All filterable attributes of one response joined (campaign, forms, class, role). */
  cell: string;
  answered: ReadonlySet<string>;
}

/**
 * Questions whose filtered results must stay hidden. Every filter choice selects whole cells (responses sharing all
 * filterable attributes), so if each non-empty cell holds at least MIN_GROUP_SIZE people, no difference or sum of
 * filtered groups (all minus class A, form F minus class A…) can narrow down to fewer people. If one cell is
 * smaller, filtering that question is refused altogether; the unfiltered total is still shown.
 */
export function questionsUnsafeToFilter(questionIds: string[], members: CellMember[]): Set<string> {
  const unsafe = new Set<string>();
  for (const questionId of questionIds) {
    const cells = new Map<string, number>();
    for (const m of members) if (m.answered.has(questionId)) cells.set(m.cell, (cells.get(m.cell) ?? 0) + 1);
    if ([...cells.values()].some((count) => count < MIN_GROUP_SIZE)) unsafe.add(questionId);
  }
  return unsafe;
}
