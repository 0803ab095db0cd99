import type { MenteeRequestKind, MentorCategory, WorkFormat } from "@/lib/generated/prisma/enums";
import { requestKinds } from "@/lib/mentees/labels";
import { availabilitySlots } from "@/lib/matching/score/availability-slots";
import type { RoleTrait } from "@/lib/matching/score/role-models";
import type { ScoreMentee, ScoreMentor } from "@/lib/matching/score/types";
import type { Random } from "@/prisma/seed/random";

const traits: RoleTrait[] = ["HIGH_ACHIEVER", "LOW_ACHIEVER", "LEADER", "QUIET", "PEER_EXCHANGE"];
const formats: WorkFormat[] = ["INDIVIDUAL", "GROUP", "ONLINE", "MIXED"];
const categories: MentorCategory[] = ["TEACHER", "SENIOR_PUPIL", "UNIVERSITY_STUDENT", "ALUMNUS", "PARTNER_EMPLOYEE"];

function some<T>(random: Random, items: readonly T[], p: number): T[] {
  return items.filter(() => random.chance(p));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Random mentees and mentors of a cohort, with preferences ranking each other, as the match score reads them. */
export function randomPeople(random: Random, menteeCount: number, mentorCount: number) {
  const mentees: ScoreMentee[] = Array.from({ length: menteeCount }, (_, i) => {
    const pupil = random.chance(0.85);
    return {
      id: `mentee-${i}`,
      kind: pupil ? "PUPIL" : "YOUNG_TEACHER",
      grade: pupil ? random.int(5, 9) : null,
      experienceYears: pupil ? null : random.int(0, 3),
      requests: some(random, requestKinds, 0.2).map((kind: MenteeRequestKind) => ({ kind, confidential: random.chance(0.1) })),
      traits: some(random, traits, 0.2),
      preferredFormats: some(random, formats, 0.4),
      availability: some(random, availabilitySlots, 0.2),
      choices: [],
    };
  });
  const mentors: ScoreMentor[] = Array.from({ length: mentorCount }, (_, j) => {
    const category = random.pick(categories);
    return {
      id: `mentor-${j}`,
      category,
      grade: category === "SENIOR_PUPIL" ? random.int(8, 11) : null,
      experienceYears: category === "TEACHER" ? random.int(1, 30) : null,
      competencies: some(random, requestKinds, 0.4),
      traits: some(random, traits, 0.3),
      preferredFormats: some(random, formats, 0.5),
      availability: some(random, availabilitySlots, 0.3),
      choices: unique(Array.from({ length: mentees.length ? random.int(0, 5) : 0 }, () => random.pick(mentees).id)),
    };
  });
  for (const mentee of mentees) {
    mentee.choices = unique(Array.from({ length: mentors.length ? random.int(0, 3) : 0 }, () => random.pick(mentors).id));
  }
  return { mentees, mentors };
}
