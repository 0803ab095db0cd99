import { MIN_GROUP_SIZE } from "./small-group";

export interface CellMember {
  /** The campaign the response belongs to ("" for none). */
  campaign: string;
  /** The breakdown attributes of the response (forms, class), within its campaign. */
  detail: string;
  /** Whom the response is about: cells are counted in people, so one person's two responses are one. */
  personId: string;
  answered: ReadonlySet<string>;
}

export interface FilterLevel {
  campaignId?: string;
  /** Whether a breakdown (form, class) is chosen, not just a campaign. */
  breakdown: boolean;
}

function people(members: CellMember[], key: (m: CellMember) => string): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  for (const m of members) {
    const cell = key(m);
    cells.set(cell, (cells.get(cell) ?? new Set()).add(m.personId));
  }
  return cells;
}

const allLarge = (cells: Iterable<Set<string>>) => [...cells].every((cell) => cell.size >= MIN_GROUP_SIZE);

/**
 * Questions whose filtered results must stay hidden because comparing them with other shown results could single out
 * fewer than MIN_GROUP_SIZE people. Every shown set is then a union of "atoms" of at least MIN_GROUP_SIZE people:
 * - a campaign's figures need every campaign (and the responses of none) to hold enough people, else the total minus
 *   the other campaigns would give a small one away;
 * - a breakdown (form, class) inside a campaign needs that and every form/class cell of that campaign to be large;
 *   without a campaign, every cell of every campaign.
 * The unfiltered total and a group under MIN_GROUP_SIZE itself are the small-group rule's business (aggregate-answers.ts).
 */
export function questionsUnsafeToFilter(questionIds: string[], members: CellMember[], level: FilterLevel): Set<string> {
  const unsafe = new Set<string>();
  for (const questionId of questionIds) {
    const answered = members.filter((m) => m.answered.has(questionId));
    let safe = allLarge(people(answered, (m) => m.campaign).values());
    if (safe && level.breakdown) {
      const scope = level.campaignId === undefined ? answered : answered.filter((m) => m.campaign === level.campaignId);
      safe = allLarge(people(scope, (m) => `${m.campaign}|${m.detail}`).values());
    }
    if (!safe) unsafe.add(questionId);
  }
  return unsafe;
}
