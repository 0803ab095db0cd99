import { MIN_GROUP_SIZE, peopleBehind, type Answerer } from "./small-group";

/** A response, with who gave it and whom it is about: cells are counted in people (peopleBehind), not responses. */
export interface CellMember extends Answerer {
  /** The campaign the response belongs to ("" for none). */
  campaign: string;
  /** The breakdown attributes of the response (forms, class), within its campaign. */
  detail: string;
  answered: ReadonlySet<string>;
}

export interface FilterLevel {
  campaignId?: string;
  /** Whether a breakdown (form, class) is chosen, not just a campaign. */
  breakdown: boolean;
}

function cellsOf(members: CellMember[], key: (m: CellMember) => string): CellMember[][] {
  const cells = new Map<string, CellMember[]>();
  for (const m of members) {
    const cell = cells.get(key(m));
    if (cell) cell.push(m);
    else cells.set(key(m), [m]);
  }
  return [...cells.values()];
}

const allLarge = (cells: CellMember[][]) => cells.every((cell) => peopleBehind(cell) >= MIN_GROUP_SIZE);

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
    let safe = allLarge(cellsOf(answered, (m) => m.campaign));
    if (safe && level.breakdown) {
      const scope = level.campaignId === undefined ? answered : answered.filter((m) => m.campaign === level.campaignId);
      safe = allLarge(cellsOf(scope, (m) => `${m.campaign}|${m.detail}`));
    }
    if (!safe) unsafe.add(questionId);
  }
  return unsafe;
}
