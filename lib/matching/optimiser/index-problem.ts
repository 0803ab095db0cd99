import { AppError } from "@/lib/errors";
import type { CohortProblem, PairRef } from "./types";

/** The problem in integer indices, checked: what the optimiser works on. */
export interface IndexedProblem {
  edgeMentee: Int32Array;
  edgeMentor: Int32Array;
  edgeScore: Float64Array;
  /** Not forbidden and, for a group, the mentee has the group's request. */
  usable: Uint8Array;
  /** Edge indices of the locked pairs. */
  lockedEdges: number[];
}

function indexIds(items: readonly { id: string }[], duplicate: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new AppError("INVALID", duplicate, undefined, { id: item.id });
    index.set(item.id, i);
  });
  return index;
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Checks ids, scores and places, indexes the edges and applies the forbidden pairs and the groups' common requests. */
export function indexProblem(problem: CohortProblem): IndexedProblem {
  const menteeIndex = indexIds(problem.mentees, "Наставляемый указан в подборе дважды");
  const mentorIndex = indexIds(problem.mentors, "Наставник указан в подборе дважды");
  for (const mentor of problem.mentors) {
    if (!isCount(mentor.freePlaces)) {
      throw new AppError("INVALID", "Число свободных мест наставника — целое неотрицательное число", undefined, {
        mentorId: mentor.id,
      });
    }
  }
  const count = problem.edges.length;
  const indexed: IndexedProblem = {
    edgeMentee: new Int32Array(count),
    edgeMentor: new Int32Array(count),
    edgeScore: new Float64Array(count),
    usable: new Uint8Array(count),
    lockedEdges: [],
  };
  // Pairs are found by mentee index × mentors + mentor index: a million string keys would cost more than the solve.
  const mentorCount = problem.mentors.length;
  const key = (pair: PairRef) => {
    const mentee = menteeIndex.get(pair.menteeId);
    const mentor = mentorIndex.get(pair.mentorId);
    return mentee === undefined || mentor === undefined ? -1 : mentee * mentorCount + mentor;
  };
  const edgeOf = new Int32Array(problem.mentees.length * mentorCount).fill(-1);
  problem.edges.forEach((edge, e) => {
    const mentee = menteeIndex.get(edge.menteeId);
    const mentor = mentorIndex.get(edge.mentorId);
    if (mentee === undefined || mentor === undefined) {
      throw new AppError("INVALID", "Пара ссылается на наставляемого или наставника не из подбора", undefined, edge);
    }
    if (!isCount(edge.score)) throw new AppError("INVALID", "Балл пары — целое неотрицательное число", undefined, edge);
    const pairKey = mentee * mentorCount + mentor;
    if (edgeOf[pairKey] >= 0) throw new AppError("INVALID", "Пара указана в подборе дважды", undefined, edge);
    edgeOf[pairKey] = e;
    indexed.edgeMentee[e] = mentee;
    indexed.edgeMentor[e] = mentor;
    indexed.edgeScore[e] = edge.score;
    const group = problem.mentors[mentor].groupRequest;
    indexed.usable[e] = !group || problem.mentees[mentee].requests.includes(group) ? 1 : 0;
  });
  // A forbidden pair of someone no longer in the cohort is simply moot.
  for (const pair of problem.forbidden ?? []) {
    const e = key(pair) < 0 ? -1 : edgeOf[key(pair)];
    if (e >= 0) indexed.usable[e] = 0;
  }
  indexed.lockedEdges = lockedEdges(problem, edgeOf, key, indexed.usable);
  return indexed;
}

function lockedEdges(problem: CohortProblem, edgeOf: Int32Array, key: (pair: PairRef) => number, usable: Uint8Array): number[] {
  const forbidden = new Set((problem.forbidden ?? []).map(key));
  const lockedMentees = new Set<string>();
  const placesTaken = new Map<string, number>();
  const edges = (problem.locked ?? []).map((pair) => {
    const fail = (message: string) => new AppError("INVALID", message, undefined, { ...pair });
    if (lockedMentees.has(pair.menteeId)) throw fail("Наставляемый закреплён больше чем за одним наставником");
    lockedMentees.add(pair.menteeId);
    if (key(pair) < 0) throw fail("Закреплённая пара ссылается на наставляемого или наставника не из подбора");
    if (forbidden.has(key(pair))) throw fail("Пара одновременно закреплена и исключена");
    const e = edgeOf[key(pair)];
    if (e < 0) throw fail("Закреплённая пара не проходит правила и обязательные критерии подбора");
    if (!usable[e]) throw fail("Закреплённый наставляемый не подходит группе наставника: у него нет общего запроса группы");
    placesTaken.set(pair.mentorId, (placesTaken.get(pair.mentorId) ?? 0) + 1);
    return e;
  });
  for (const mentor of problem.mentors) {
    const taken = placesTaken.get(mentor.id) ?? 0;
    if (taken > mentor.freePlaces) {
      throw new AppError(
        "INVALID",
        `За наставником закреплено больше наставляемых, чем у него свободных мест: закреплено ${taken}, мест ${mentor.freePlaces}`,
        undefined,
        { mentorId: mentor.id },
      );
    }
  }
  return edges;
}
