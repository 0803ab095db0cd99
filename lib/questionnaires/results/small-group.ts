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

/** Who stands behind an answer: the user who gave it and the person it is about (often the same person). */
export interface Answerer {
  respondentId: string;
  subjectId: string;
}

/**
 * How many people a figure rests on, for the small-group rule: the fewer of its distinct respondents and the distinct
 * people it is about. Five parents answering about one child give that child away, and five answers about five pupils
 * from one teacher give the teacher's away: either way it is one person.
 */
export function peopleBehind(answers: Iterable<Answerer>): number {
  const respondents = new Set<string>();
  const subjects = new Set<string>();
  for (const { respondentId, subjectId } of answers) {
    respondents.add(respondentId);
    subjects.add(subjectId);
  }
  return Math.min(respondents.size, subjects.size);
}

/** Wraps an aggregate so it is only readable when it rests on at least MIN_GROUP_SIZE people (peopleBehind). */
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
 * Guards each group of a breakdown whose total is shown too; a group and `everyone` are lists of the same member
 * objects, measured by `sizeOf` (peopleBehind of their answers). A group under MIN_GROUP_SIZE is hidden, and then the
 * smallest shown groups as well until the members outside every shown group rest on MIN_GROUP_SIZE people together:
 * else a hidden group's figure would be the total minus the shown ones. Members in no group count as hidden.
 */
export function guardBreakdown<M, T>(
  groups: readonly (readonly M[])[],
  everyone: readonly M[],
  sizeOf: (members: readonly M[]) => number,
  compute: (members: readonly M[]) => T,
): Guarded<T>[] {
  const sizes = groups.map(sizeOf);
  const hidden = sizes.map((size) => size < MIN_GROUP_SIZE);
  const outsideShown = () => {
    const shown = new Set(groups.filter((_, i) => !hidden[i]).flat());
    return everyone.filter((member) => !shown.has(member));
  };
  const shownSmallestFirst = sizes
    .map((_, i) => i)
    .filter((i) => !hidden[i])
    .sort((a, b) => sizes[a] - sizes[b]);
  for (const i of shownSmallestFirst) {
    const rest = outsideShown();
    if (rest.length === 0 || sizeOf(rest) >= MIN_GROUP_SIZE) break;
    hidden[i] = true;
  }
  return groups.map((group, i) =>
    hidden[i] ? { shown: false, respondents: sizes[i] } : { shown: true, respondents: sizes[i], value: compute(group) },
  );
}
