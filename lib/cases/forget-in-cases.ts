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

type Names = { lastName: string; firstName: string; middleName: string | null };

/**
 * A case's free texts with the names struck, for a case that merely mentions the person (its facts stay); null when
 * nothing in it names them.
 */
function redactedCase(row: { title: string; body: string; facts: Prisma.JsonValue }, hidden: Names[]) {
  let changed = false;
  const clean = <T>(text: T): T => {
    if (typeof text !== "string") return text;
    const redacted = redactNames(text, hidden);
    if (redacted !== text) changed = true;
    return redacted as T;
  };
  const value = (row.facts ?? {}) as Record<string, unknown>;
  const list = (items: unknown) => (Array.isArray(items) ? (items as Record<string, unknown>[]) : []);
  const facts: Record<string, unknown> = { ...value, goal: clean(value.goal) };
  if (Array.isArray(value.planGoals)) facts.planGoals = list(value.planGoals).map((g) => ({ ...g, title: clean(g.title) }));
  if (Array.isArray(value.achievements)) {
    facts.achievements = list(value.achievements).map((a) => ({ ...a, title: clean(a.title) }));
  }
  const meetings = value.meetings as Record<string, unknown> | undefined;
  if (meetings && Array.isArray(meetings.topics)) facts.meetings = { ...meetings, topics: meetings.topics.map(clean) };
  const title = clean(row.title);
  const body = clean(row.body);
  return changed ? { title, body, facts: facts as Prisma.InputJsonValue } : null;
}

/**
 * Cases of best practice that concern an anonymised person (anonymise-person.ts through forget-in-pair-work.ts).
 * A case of a pair they were in is scrubbed: their name is struck from the title and text, the pair's free texts
 * (goal, plan goals, meeting topics, achievement titles, monitoring) are dropped, and the case leaves the public page
 * for good. Any other case of the school whose title, text or facts name them (redactNames, every case form; not a
 * substring: «Ким» in «таким» is no mention) only has the mention struck: its facts and publication stay.
 */
export async function forgetInCases(
  tx: Prisma.TransactionClient,
  person: { schoolId: string; menteeId?: string; mentorId?: string; names?: Names },
  now = new Date(),
): Promise<{ unpublished: number; mentionsStruck: number }> {
  const { schoolId, menteeId, mentorId, names } = person;
  const ofPair = [
    ...(menteeId ? [{ mentorship: { mentees: { some: { menteeId } } } }] : []),
    ...(mentorId ? [{ mentorship: { mentorId } }] : []),
  ];
  if (ofPair.length === 0 && !names) return { unpublished: 0, mentionsStruck: 0 };
  const hidden = names ? [names] : [];
  const select = { id: true, title: true, body: true, facts: true } as const;
  const participantCases = ofPair.length ? await tx.practiceCase.findMany({ where: { schoolId, OR: ofPair }, select }) : [];
  for (const row of participantCases) {
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
  let mentioning = 0;
  if (names) {
    const scrubbed = participantCases.map((row) => row.id);
    const others = await tx.practiceCase.findMany({ where: { schoolId, id: { notIn: scrubbed } }, select });
    for (const row of others) {
      const redacted = redactedCase(row, hidden);
      if (!redacted) continue;
      await tx.practiceCase.updateMany({ where: { id: row.id, schoolId }, data: redacted });
      mentioning++;
    }
  }
  return { unpublished: participantCases.length, mentionsStruck: mentioning };
}
