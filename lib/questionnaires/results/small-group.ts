/**
 * No aggregate is shown for fewer respondents than this, so nobody's answers can be inferred from a small group
 * (a class filtered down to two pupils, a form with three pairs).
 */
export const MIN_GROUP_SIZE = 5;

export type Guarded<T> = { shown: true; respondents: number; value: T } | { shown: false; respondents: number };

/** Wraps an aggregate so it is only readable when it rests on at least MIN_GROUP_SIZE respondents. */
export function guardSmallGroup<T>(respondents: number, compute: () => T): Guarded<T> {
  return respondents >= MIN_GROUP_SIZE ? { shown: true, respondents, value: compute() } : { shown: false, respondents };
}

export const smallGroupNote = `Меньше ${MIN_GROUP_SIZE} ответивших: итоги не показываются, чтобы нельзя было узнать ответы отдельных людей.`;
