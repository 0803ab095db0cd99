import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";

/** What the curator asks of the cohort optimiser. */
export const matchingObjectives = ["MOST_MATCHED", "BEST_SCORE"] as const;
export type MatchingObjective = (typeof matchingObjectives)[number];

export const objectiveLabels: Record<MatchingObjective, string> = {
  MOST_MATCHED: "Больше всего пар, затем лучший суммарный балл",
  BEST_SCORE: "Лучший суммарный балл",
};

/** A mentee of the cohort: not in an open pair, eligible as a person (the loader leaves the others out). */
export interface CohortMentee {
  id: string;
  /** Request kinds, checked against a group's common request. */
  requests: readonly MenteeRequestKind[];
}

/**
 * A mentor of the cohort. A mentor who works with a group (format «групповая») has a `groupRequest`: the common request
 * (deficit) the group works on. Only mentees with that request may join, and all of the mentor's mentees of this run
 * form that one group. Without it the mentor takes mentees one by one, each a separate pair.
 */
export interface CohortMentor {
  id: string;
  /** Free places: MentorProfile.capacity minus mentees in the mentor's open pairs of the current programme. */
  freePlaces: number;
  groupRequest?: MenteeRequestKind | null;
}

/** An eligible mentor–mentee pair with its match score (a non-negative integer, from scoreMatch). */
export interface CohortEdge {
  menteeId: string;
  mentorId: string;
  score: number;
}

export interface PairRef {
  menteeId: string;
  mentorId: string;
}

export interface CohortProblem {
  mentees: readonly CohortMentee[];
  mentors: readonly CohortMentor[];
  /** Only eligible pairs; a pair missing here cannot be proposed. */
  edges: readonly CohortEdge[];
  /** Pairs the curator accepted: always in the proposal (each must be an eligible edge). */
  locked?: readonly PairRef[];
  /** Pairs the curator removed: never in the proposal. */
  forbidden?: readonly PairRef[];
  objective: MatchingObjective;
}

export interface ProposedPair {
  menteeId: string;
  mentorId: string;
  score: number;
  locked: boolean;
}

/** What each mentor gets: one group (with `groupRequest`) or separate pairs, and the places left. */
export interface MentorAllocation {
  mentorId: string;
  groupRequest: MenteeRequestKind | null;
  menteeIds: string[];
  freePlacesLeft: number;
}

export type UnmatchedReason = "NO_ELIGIBLE_MENTOR" | "MENTORS_FULL" | "LOST_TO_OTHERS";

export const unmatchedReasonLabels: Record<UnmatchedReason, string> = {
  NO_ELIGIBLE_MENTOR: "Нет подходящего наставника",
  MENTORS_FULL: "У всех подходящих наставников нет свободных мест",
  LOST_TO_OTHERS: "Места у подходящих наставников заняли другие наставляемые по выбранной цели подбора",
};

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
  /** Russian text of the reason. */
  label: string;
}

export interface CohortProposal {
  objective: MatchingObjective;
  /** Locked pairs first, then the proposed ones, in the order of the input mentees. */
  pairs: ProposedPair[];
  /** Every input mentor, in input order. */
  mentors: MentorAllocation[];
  /** In the order of the input mentees. */
  unmatched: UnmatchedMentee[];
  matched: number;
  totalScore: number;
}
