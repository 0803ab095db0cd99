import type { MentoringForm } from "@/lib/generated/prisma/enums";
import type { CohortProblem, MatchingObjective, PairRef } from "@/lib/matching/optimiser/types";
import { defaultMatchSettings } from "@/lib/matching/score/match-settings-schema";
import { scoreCohortEdges } from "@/lib/matching/score/score-cohort";
import { createRandom } from "@/prisma/seed/random";
import { randomPeople } from "./matching-people";

const forms: MentoringForm[] = ["PUPIL_PUPIL", "TEACHER_TEACHER", "STUDENT_PUPIL", "TEACHER_PUPIL", "EMPLOYER_PUPIL"];

/**
 * A school-sized cohort scored by the real match score: random people of every form with requests, preferences,
 * formats and times; «requests» is a must criterion, which leaves about half the pairs eligible. Mentors have 1–4
 * free places, one in ten leads a group on one of its competencies; 1 % of mentees are locked, 1 % of pairs forbidden.
 */
export function largeCohort(menteeCount: number, mentorCount: number, objective: MatchingObjective, seed = 2026) {
  const random = createRandom(seed);
  const people = randomPeople(random, menteeCount, mentorCount);
  const settings = structuredClone(defaultMatchSettings);
  settings.criteria.REQUESTS.must = true;
  settings.roleModels = ["ACHIEVER_STRUGGLER", "LEADER_QUIET", "EXPERIENCED_NOVICE"];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const edges = scoreCohortEdges(people.mentees, people.mentors, { settings, forms });
  const scoringCpuMs = process.cpuUsage(cpuStarted).user / 1000;
  const scoringMs = performance.now() - started;

  const mentors = people.mentors.map((mentor) => ({
    id: mentor.id,
    freePlaces: random.int(1, 4),
    groupRequest: random.chance(0.1) && mentor.competencies.length ? random.pick(mentor.competencies) : null,
  }));
  const mentees = people.mentees.map((mentee) => ({ id: mentee.id, requests: mentee.requests.map((r) => r.kind) }));
  const mentorById = new Map(mentors.map((mentor) => [mentor.id, mentor]));
  const requestsOf = new Map(mentees.map((mentee) => [mentee.id, mentee.requests]));
  const locked: PairRef[] = [];
  const lockedMentees = new Set<string>();
  const lockedLoad = new Map<string, number>();
  for (let i = 0; i < menteeCount / 100 && edges.length; i++) {
    const { menteeId, mentorId } = random.pick(edges);
    const mentor = mentorById.get(mentorId)!;
    const load = (lockedLoad.get(mentorId) ?? 0) + 1;
    const fitsGroup = !mentor.groupRequest || requestsOf.get(menteeId)!.includes(mentor.groupRequest);
    if (lockedMentees.has(menteeId) || load > mentor.freePlaces || !fitsGroup) continue;
    lockedMentees.add(menteeId);
    lockedLoad.set(mentorId, load);
    locked.push({ menteeId, mentorId });
  }
  const forbidden = edges
    .filter((edge) => !lockedMentees.has(edge.menteeId) && random.chance(0.01))
    .map(({ menteeId, mentorId }) => ({ menteeId, mentorId }));
  const problem: CohortProblem = { mentees, mentors, edges, locked, forbidden, objective };
  return { problem, scoringMs, scoringCpuMs };
}
