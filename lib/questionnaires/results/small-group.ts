/**
 * No aggregate is shown for fewer respondents than this, so nobody's answers can be inferred from a small group
 * (a class filtered down to two pupils, a form with three pairs).
 */
export const MIN_GROUP_SIZE = 5;

/**
 * A hidden figure says why: too few answered it (no `reason`), or it rests on enough people but, compared with other
 * figures, would single out a subgroup of fewer (`reason: "SUBGROUP"`, see filter-safety.ts).
 */
export type Guarded<T> =
  { shown: true; respondents: number; value: T } | { shown: false; respondents: number; reason?: "SUBGROUP" };

/** Wraps an aggregate so it is only readable when it rests on at least MIN_GROUP_SIZE respondents. */
export function guardSmallGroup<T>(respondents: number, compute: () => T): Guarded<T> {
  return respondents >= MIN_GROUP_SIZE ? { shown: true, respondents, value: compute() } : { shown: false, respondents };
}

export const smallGroupNote = `Меньше ${MIN_GROUP_SIZE} ответивших: итоги не показываются, чтобы нельзя было узнать ответы отдельных людей.`;

export const smallSubgroupNote =
  `Итог по этому фильтру скрыт: в одной из подгрупп (кампания, форма наставничества, класс) меньше ${MIN_GROUP_SIZE} ответивших, ` +
  "и сравнение итогов разных фильтров выдало бы их ответы. Итог без фильтра показан.";

/** Why a hidden figure is hidden, as the page and the export say it. */
export function hiddenNote(result: { reason?: "SUBGROUP" }): string {
  return result.reason === "SUBGROUP" ? smallSubgroupNote : smallGroupNote;
}

/**
 * Guards each group of a breakdown whose total is shown too. A group under MIN_GROUP_SIZE is hidden, and then the
 * smallest shown groups as well until the hidden ones hold MIN_GROUP_SIZE people together: else a hidden group's figure
 * would be the total minus the shown ones. People counted in the total but in no group count as hidden.
 */
export function guardBreakdown<G, T>(
  groups: readonly G[],
  total: number,
  sizeOf: (group: G) => number,
  compute: (group: G) => T,
): Guarded<T>[] {
  const sizes = groups.map(sizeOf);
  const hidden = sizes.map((size) => size < MIN_GROUP_SIZE);
  let hiddenPeople = total - sizes.reduce((sum, size, i) => sum + (hidden[i] ? 0 : size), 0);
  const shownSmallestFirst = sizes
    .map((_, i) => i)
    .filter((i) => !hidden[i])
    .sort((a, b) => sizes[a] - sizes[b]);
  for (const i of shownSmallestFirst) {
    if (hiddenPeople === 0 || hiddenPeople >= MIN_GROUP_SIZE) break;
    hidden[i] = true;
    hiddenPeople += sizes[i];
  }
  return groups.map((group, i) =>
    hidden[i] ? { shown: false, respondents: sizes[i] } : { shown: true, respondents: sizes[i], value: compute(group) },
  );
}
