import type { Prisma } from "@/lib/generated/prisma/client";
import { redactNames } from "./reveal-rules";

const scrubbedFacts = (facts: Prisma.JsonValue): Prisma.InputJsonValue => {
  const value = (facts ?? {}) as Record<string, unknown>;
  const meetings = (value.meetings ?? {}) as Record<string, unknown>;
  const achievements = Array.isArray(value.achievements) ? (value.achievements as Record<string, unknown>[]) : [];
  return {
    ...value,
    goal: null,
    planGoals: [],
    meetings: { ...meetings, topics: [] },
    achievements: achievements.map((a) => ({ ...a, title: "(обезличено)" })),
    monitoring: [],
  } as Prisma.InputJsonValue;
};

/**
 * Cases of best practice that concern an anonymised person (anonymise-person.ts through forget-in-pair-work.ts): every
 * case of a pair they were in, and every other case of the school whose text names them. Their name is struck from the
 * title and text, the pair's free texts (goal, plan goals, meeting topics, achievement titles, monitoring) are dropped,
 * and the case leaves the public page at once.
 */
export async function forgetInCases(
  tx: Prisma.TransactionClient,
  person: {
    schoolId: string;
    menteeId?: string;
    mentorId?: string;
    names?: { lastName: string; firstName: string; middleName: string | null };
  },
  now = new Date(),
): Promise<number> {
  const { schoolId, menteeId, mentorId, names } = person;
  const ofPair = [
    ...(menteeId ? [{ mentorship: { mentees: { some: { menteeId } } } }] : []),
    ...(mentorId ? [{ mentorship: { mentorId } }] : []),
  ];
  const named =
    names && names.lastName.length >= 3
      ? [
          {
            OR: [
              { title: { contains: names.lastName, mode: "insensitive" as const } },
              { body: { contains: names.lastName, mode: "insensitive" as const } },
            ],
          },
        ]
      : [];
  if (ofPair.length === 0 && named.length === 0) return 0;
  const cases = await tx.practiceCase.findMany({
    where: { schoolId, OR: [...ofPair, ...named] },
    select: { id: true, title: true, body: true, facts: true, mentorshipId: true },
  });
  for (const row of cases) {
    const hidden = names ? [names] : [];
    await tx.practiceCase.updateMany({
      where: { id: row.id, schoolId },
      data: {
        title: redactNames(row.title, hidden),
        body: redactNames(row.body, hidden),
        facts: scrubbedFacts(row.facts),
        showNames: false,
        publishedAt: null,
        anonymisedAt: now,
      },
    });
  }
  return cases.length;
}
