// Used by the withdrawal action and by the anonymisation job (outside Next.js): no "server-only", no next/*.
import type { Prisma } from "@/lib/generated/prisma/client";

const OPEN = ["FORMING", "ACTIVE"] as const;

export interface StoppedProcessing {
  /** MentorshipMentee rows the person left. */
  leftPairIds: string[];
  /** Mentorships the person led, now terminated. */
  terminatedMentorshipIds: string[];
  deletedPendingResponses: number;
  /** Pairs and groups terminated because the person was their last mentee. */
  emptiedMentorships: number;
}

/**
 * Ends the person's current part in the programme when the MENTORING consent is withdrawn: they leave their open pairs
 * as a mentee, the pairs they lead as a mentor are terminated, and questionnaires not yet answered about them are
 * deleted. Past meetings, submitted answers and the pairs' history stay until anonymisation.
 */
export async function stopProgrammeProcessing(
  tx: Prisma.TransactionClient,
  schoolId: string,
  personId: string,
  today: Date,
): Promise<StoppedProcessing> {
  const open = await tx.mentorshipMentee.findMany({
    where: { schoolId, leftOn: null, mentee: { personId }, mentorship: { status: { in: [...OPEN] } } },
    select: { id: true },
  });
  const leftPairIds = open.map((row) => row.id);
  if (leftPairIds.length) await tx.mentorshipMentee.updateMany({ where: { id: { in: leftPairIds } }, data: { leftOn: today } });
  // A pair or group whose last mentee left ends with them.
  const { count: emptied } = await tx.mentorship.updateMany({
    where: { schoolId, status: { in: [...OPEN] }, mentees: { some: { id: { in: leftPairIds } }, none: { leftOn: null } } },
    data: { status: "TERMINATED", endedOn: today },
  });
  const led = await tx.mentorship.findMany({
    where: { schoolId, status: { in: [...OPEN] }, mentor: { personId } },
    select: { id: true },
  });
  const terminatedMentorshipIds = led.map((row) => row.id);
  if (terminatedMentorshipIds.length) {
    await tx.mentorship.updateMany({
      where: { id: { in: terminatedMentorshipIds } },
      data: { status: "TERMINATED", endedOn: today },
    });
  }
  const { count } = await tx.questionnaireResponse.deleteMany({ where: { schoolId, subjectId: personId, status: "PENDING" } });
  return { leftPairIds, terminatedMentorshipIds, emptiedMentorships: emptied, deletedPendingResponses: count };
}
