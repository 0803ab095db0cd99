import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Mentees leave a working pair or group on `day` (their MentorshipMentee.leftOn); a pair whose last mentee left ends
 * that day, terminated with `reason`. Returns whether it ended. Runs inside the caller's transaction.
 */
export async function leavePair(
  tx: Prisma.TransactionClient,
  where: { schoolId: string; mentorshipId: string; menteeIds: string[] },
  day: Date,
  reason: string,
): Promise<boolean> {
  const { schoolId, mentorshipId, menteeIds } = where;
  await tx.mentorshipMentee.updateMany({
    where: { schoolId, mentorshipId, menteeId: { in: menteeIds }, leftOn: null },
    data: { leftOn: day },
  });
  const { count } = await tx.mentorship.updateMany({
    where: { id: mentorshipId, schoolId, status: "ACTIVE", mentees: { none: { leftOn: null } } },
    data: { status: "TERMINATED", endedOn: day, endReason: reason },
  });
  return count > 0;
}
