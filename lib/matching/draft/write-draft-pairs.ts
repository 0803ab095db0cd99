import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedMentorship } from "./plan-proposal-writes";

/** Writes planned pairs and groups into the draft in two statements whatever their number; returns the pairs' ids. */
export async function writeDraftPairs(
  tx: Prisma.TransactionClient,
  where: { schoolId: string; programmeId: string },
  planned: readonly PlannedMentorship[],
  options: { accepted: boolean; joinedOn: Date },
): Promise<string[]> {
  const withIds = planned.map((plan) => ({ plan, id: plan.existingId ?? randomUUID() }));
  const fresh = withIds.filter(({ plan }) => !plan.existingId);
  await tx.mentorship.createMany({
    data: fresh.map(({ plan, id }) => ({
      id,
      schoolId: where.schoolId,
      programmeId: where.programmeId,
      mentorId: plan.mentorId,
      form: plan.form,
      format: plan.format,
      status: "FORMING" as const,
    })),
  });
  await tx.mentorshipMentee.createMany({
    data: withIds.flatMap(({ plan, id }) =>
      plan.mentees.map((member) => ({
        schoolId: where.schoolId,
        mentorshipId: id,
        menteeId: member.menteeId,
        joinedOn: options.joinedOn,
        accepted: options.accepted,
        score: member.score,
      })),
    ),
  });
  return withIds.map(({ id }) => id);
}

/** Removes the draft's pairs and groups left without mentees (after proposals were dropped or a mentee moved). */
export async function dropEmptyDraftPairs(tx: Prisma.TransactionClient, where: { schoolId: string; programmeId: string }) {
  await tx.mentorship.deleteMany({
    where: { ...where, status: "FORMING", orderId: null, mentees: { none: {} } },
  });
}
