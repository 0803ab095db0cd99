import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { availabilitySlots } from "@/lib/matching/score/availability-slots";
import { createRandom } from "./random";

const pupilRequests: MenteeRequestKind[] = [
  "LOW_MOTIVATION",
  "POOR_PERFORMANCE",
  "ADAPTATION",
  "GIFTEDNESS",
  "CAREER_CHOICE",
  "COMMUNICATION",
];
const afternoons = availabilitySlots.filter((slot) => !slot.startsWith("SAT") && !slot.endsWith("MORNING"));

/**
 * What the matching compares besides preferences: the request kinds each ready mentor works with and the times
 * mentors and mentees can meet. A generator of its own, so the rest of the demo school stays as it was.
 */
export function addMatchingProfiles(
  mentors: Prisma.MentorProfileCreateManyInput[],
  mentees: Prisma.MenteeProfileCreateManyInput[],
): void {
  const random = createRandom(20261201);
  const some = <T>(items: readonly T[], count: number) => {
    const left = [...items];
    return Array.from({ length: count }, () => left.splice(random.int(0, left.length - 1), 1)[0]);
  };
  for (const mentor of mentors) {
    if (mentor.status !== "READY") continue;
    mentor.competencyKinds = some(pupilRequests, random.int(2, 3));
    mentor.availabilitySlots = some(afternoons, 4);
  }
  for (const mentee of mentees) mentee.availabilitySlots = some(afternoons, 3);
}
