import type { MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import type { CohortProposal } from "@/lib/matching/optimiser/types";
import { evaluatePair, type ScoreContext } from "@/lib/matching/score/evaluate-pair";
import type { CohortMenteeRow, CohortMentorRow } from "./load-cohort";
import { pickPairFormat } from "./pair-format";

/** One pair or group to write: a new forming mentorship, or new members of an existing draft group. */
export interface PlannedMentorship {
  mentorId: string;
  form: MentoringForm;
  format: WorkFormat;
  /** Set when the mentees join a group already in the draft. */
  existingId: string | null;
  mentees: { menteeId: string; score: number }[];
}

/**
 * What the proposal writes into the draft. A mentor without a common request gets one pair per mentee; a mentor who
 * leads a group gets one group per form (a group is of one form), joining the group already in the draft if there is one.
 */
export function planProposalWrites(
  proposal: CohortProposal,
  mentees: ReadonlyMap<string, CohortMenteeRow>,
  mentors: ReadonlyMap<string, CohortMentorRow>,
  context: ScoreContext,
  draftGroups: readonly { id: string; mentorId: string; form: MentoringForm }[],
): PlannedMentorship[] {
  const planned: PlannedMentorship[] = [];
  const groups = new Map<string, PlannedMentorship>();
  for (const pair of proposal.pairs) {
    if (pair.locked) continue;
    const mentee = mentees.get(pair.menteeId)!;
    const mentor = mentors.get(pair.mentorId)!;
    const scored = evaluatePair(mentee, mentor, context, false);
    if (!scored.eligible) continue; // cannot happen: the optimiser chose among eligible pairs
    const member = { menteeId: mentee.id, score: pair.score };
    if (!mentor.groupRequest) {
      planned.push({
        mentorId: mentor.id,
        form: scored.form,
        format: pickPairFormat(mentee.preferredFormats ?? [], mentor.preferredFormats ?? []),
        existingId: null,
        mentees: [member],
      });
      continue;
    }
    const key = `${mentor.id}:${scored.form}`;
    let group = groups.get(key);
    if (!group) {
      const existing = draftGroups.find((g) => g.mentorId === mentor.id && g.form === scored.form);
      group = { mentorId: mentor.id, form: scored.form, format: "GROUP", existingId: existing?.id ?? null, mentees: [] };
      groups.set(key, group);
      planned.push(group);
    }
    group.mentees.push(member);
  }
  return planned;
}
