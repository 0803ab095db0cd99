import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

/** A count shown publicly, or hidden (null) because it rests on fewer than MIN_GROUP_SIZE people or pairs. */
export type PublicCount = number | null;

export function guardCount(value: number): PublicCount {
  return value >= MIN_GROUP_SIZE ? value : null;
}

/**
 * Parts of a shown total (pairs by form): a part under MIN_GROUP_SIZE is hidden, and then the smallest shown parts too
 * until the hidden ones together rest on MIN_GROUP_SIZE or more — else the total minus the shown parts would give a
 * hidden part away. With the total hidden, every part under the limit is simply hidden.
 */
export function guardParts(total: PublicCount, parts: readonly number[]): PublicCount[] {
  const hidden = parts.map((value) => value < MIN_GROUP_SIZE);
  if (total !== null) {
    const hiddenSum = () => parts.reduce((sum, value, i) => sum + (hidden[i] ? value : 0), 0);
    const shownSmallestFirst = parts
      .map((_, i) => i)
      .filter((i) => !hidden[i])
      .sort((a, b) => parts[a] - parts[b]);
    for (const i of shownSmallestFirst) {
      const rest = hiddenSum();
      if (rest === 0 || rest >= MIN_GROUP_SIZE) break;
      hidden[i] = true;
    }
  }
  return parts.map((value, i) => (hidden[i] ? null : value));
}
