"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyRole } from "@/lib/notifications/notify-role";
import { decideAwardSchema } from "./final-event-schemas";

/**
 * The director approves a proposed award (it gets the next letter-of-thanks number of the event) or declines it with a
 * reason; the curators are told.
 */
export const decideAward = defineAction({ schema: decideAwardSchema, permission: "award:approve" }, async (input, viewer) => {
  const award = await db.mentorAward.findFirst({
    where: { id: input.awardId, schoolId: viewer.schoolId },
    select: { id: true, eventId: true, status: true, nomination: true },
  });
  if (!award) throw new AppError("NOT_FOUND");
  if (award.status !== "PROPOSED") throw new AppError("CONFLICT", "По этому предложению уже есть решение: обновите страницу.");
  await db.$transaction(async (tx) => {
    let letterNumber: number | null = null;
    if (input.decision === "APPROVED") {
      // Serialises approvals in one event: two at once would both take max + 1 as the letter's number.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`final-event-letters:${award.eventId}`}))`;
      const last = await tx.mentorAward.aggregate({
        where: { eventId: award.eventId, schoolId: viewer.schoolId },
        _max: { letterNumber: true },
      });
      letterNumber = (last._max.letterNumber ?? 0) + 1;
    }
    const { count } = await tx.mentorAward.updateMany({
      where: { id: award.id, schoolId: viewer.schoolId, status: "PROPOSED" },
      data: {
        status: input.decision,
        letterNumber,
        decidedById: viewer.userId,
        decidedAt: new Date(),
        declineReason: input.decision === "DECLINED" ? input.reason : null,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", "По этому предложению уже есть решение: обновите страницу.");
    await notifyRole(tx, ["CURATOR"], {
      kind: "AWARD_DECIDED",
      schoolId: viewer.schoolId,
      dedupeKey: `award-decided:${award.id}`,
      title: `Награда в номинации «${award.nomination}»: ${input.decision === "APPROVED" ? "утверждена" : "отклонена"} директором`,
      href: "/curator/final-event",
    });
    await recordAudit(tx, viewer, {
      action: input.decision === "APPROVED" ? "award.approve" : "award.decline",
      entityType: "MentorAward",
      entityId: award.id,
    });
  });
  revalidatePath("/director/awards");
  revalidatePath("/curator/final-event");
  return { id: award.id };
});
