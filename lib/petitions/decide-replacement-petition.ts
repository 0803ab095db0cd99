"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { leavePair } from "@/lib/mentorships/leave-pair";
import { decidePetitionSchema } from "./petition-schemas";

const REPLACEMENT_REASON = "Замена наставника по ходатайству";

/**
 * The director decides a petition. Approved: the mentee leaves the pair today (a pair of one ends, terminated) and is
 * back among those to match; the curator forms the new pair, which a supplementary order fixes. Both in one transaction.
 */
export const decideReplacementPetition = defineAction(
  { schema: decidePetitionSchema, permission: "petition:decide" },
  async (input, viewer) => {
    const today = todayCalendarDate(viewer.timeZone);
    const approve = input.decision === "APPROVE";
    const result = await db.$transaction(async (tx) => {
      const petition = await tx.replacementPetition.findFirst({
        where: { id: input.petitionId, schoolId: viewer.schoolId },
        select: { id: true, status: true, mentorshipId: true, menteeId: true, filedById: true },
      });
      if (!petition) throw new AppError("NOT_FOUND");
      // Only a pending petition changes: a second decision (two tabs, a double click) finds none and is refused.
      const { count } = await tx.replacementPetition.updateMany({
        where: { id: petition.id, schoolId: viewer.schoolId, status: "PENDING" },
        data: {
          status: approve ? "APPROVED" : "REJECTED",
          pendingKey: null,
          decisionComment: input.comment || null,
          decidedById: viewer.userId,
          decidedAt: new Date(),
        },
      });
      if (count !== 1) throw new AppError("CONFLICT", "По ходатайству уже принято решение: обновите страницу.");
      if (approve) {
        // Checked inside the decision's transaction: the pair may have ended, or the mentee left it, since filing.
        const stillIn = await tx.mentorshipMentee.count({
          where: {
            schoolId: viewer.schoolId,
            mentorshipId: petition.mentorshipId,
            menteeId: petition.menteeId,
            leftOn: null,
            mentorship: { status: "ACTIVE" },
          },
        });
        if (stillIn === 0)
          throw new AppError(
            "CONFLICT",
            "Пара уже не работает с этим наставляемым: удовлетворять нечего, отклоните ходатайство.",
          );
      }
      const ended = approve
        ? await leavePair(
            tx,
            { schoolId: viewer.schoolId, mentorshipId: petition.mentorshipId, menteeIds: [petition.menteeId] },
            today,
            REPLACEMENT_REASON,
          )
        : false;
      await notify(tx, {
        kind: "PETITION_DECIDED",
        schoolId: viewer.schoolId,
        dedupeKey: `petition-decided:${petition.id}`,
        recipients: (petition.filedById ? [petition.filedById] : []).map((userId) => ({
          userId,
          title: approve
            ? "Ходатайство о замене наставника удовлетворено: куратор подберёт нового наставника"
            : `Ходатайство о замене наставника отклонено${input.comment ? `: ${input.comment}` : ""}`,
          href: "/",
        })),
      });
      await recordAudit(tx, viewer, {
        action: approve ? "petition.approve" : "petition.reject",
        entityType: "ReplacementPetition",
        entityId: petition.id,
        details: { mentorshipId: petition.mentorshipId, menteeId: petition.menteeId, pairEnded: ended },
      });
      return { id: petition.id, pairEnded: ended };
    });
    for (const path of ["/director", "/director/petitions", "/curator/pairs", "/mentee", "/parent", "/mentor"])
      revalidatePath(path);
    return result;
  },
);
