import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompletionFacts } from "./completion-rules";

/** One pair's completion facts, read inside the caller's transaction (or the client), scoped by the school. */
export async function loadCompletionFacts(
  client: Prisma.TransactionClient,
  schoolId: string,
  mentorshipId: string,
): Promise<(CompletionFacts & { status: string }) | null> {
  const pair = await client.mentorship.findFirst({
    where: { id: mentorshipId, schoolId },
    select: {
      status: true,
      format: true,
      mentor: { select: { personId: true } },
      mentees: { where: { leftOn: null }, select: { mentee: { select: { personId: true } } } },
      meetings: { where: { type: { in: ["FINAL", "GROUP_FINAL"] } }, select: { id: true }, take: 1 },
      presentation: { select: { id: true } },
      reflections: { select: { kind: true, personId: true } },
    },
  });
  if (!pair) return null;
  const menteeIds = new Set(pair.mentees.map((m) => m.mentee.personId));
  return {
    status: pair.status,
    isGroup: pair.format === "GROUP",
    hasFinalMeeting: pair.meetings.length > 0,
    hasPresentation: pair.presentation !== null,
    mentorReflection: pair.reflections.some((r) => r.kind === "PERSONAL" && r.personId === pair.mentor.personId),
    menteeCount: menteeIds.size,
    menteeReflections: pair.reflections.filter((r) => r.kind === "PERSONAL" && r.personId && menteeIds.has(r.personId)).length,
    groupReflection: pair.reflections.some((r) => r.kind === "GROUP"),
  };
}
