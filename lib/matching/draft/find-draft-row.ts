import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { claimDraft } from "./claim-draft";

/**
 * Claims the current programme's draft at the version the curator saw and finds one mentee's row in it; refused when
 * the row is not in the draft (another school's, working already, in an order on the director's table).
 */
export async function claimDraftRow(tx: Prisma.TransactionClient, schoolId: string, rowId: string, version: number) {
  // In the transaction: on the embedded database a query beside it would wait for its one connection.
  const programme = await tx.programme.findFirst({ where: { schoolId }, orderBy: { startYear: "desc" }, select: { id: true } });
  if (!programme) throw new AppError("NOT_FOUND");
  await claimDraft(tx, schoolId, programme.id, version);
  const row = await tx.mentorshipMentee.findFirst({
    where: {
      id: rowId,
      schoolId,
      leftOn: null,
      mentorship: { schoolId, programmeId: programme.id, status: "FORMING", orderId: null },
    },
    select: { id: true, menteeId: true, accepted: true, mentorshipId: true, mentorship: { select: { mentorId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { programmeId: programme.id, row };
}
