"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyRole } from "@/lib/notifications/notify-role";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { filePetitionSchema } from "./petition-schemas";

const PENDING_ALREADY = "Ходатайство уже подано и ждёт решения директора.";

/**
 * A mentee asks the director to replace the mentor of their working pair, or a parent asks it for their child.
 * The query itself checks that the mentee is the viewer or the viewer's child and is still in that pair.
 */
export const fileReplacementPetition = defineAction(
  { schema: filePetitionSchema, permission: "petition:file" },
  async (input, viewer) => {
    const membership = await db.mentorshipMentee.findFirst({
      where: {
        schoolId: viewer.schoolId,
        mentorshipId: input.mentorshipId,
        menteeId: input.menteeId,
        leftOn: null,
        mentorship: { schoolId: viewer.schoolId, status: "ACTIVE" },
        mentee: {
          person: {
            schoolId: viewer.schoolId,
            OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }],
          },
        },
      },
      select: { mentee: { select: { person: { select: { userId: true } } } } },
    });
    if (!membership) throw new AppError("NOT_FOUND");
    const pendingKey = `${input.mentorshipId}:${input.menteeId}`;
    try {
      const petition = await db.$transaction(async (tx) => {
        const created = await tx.replacementPetition.create({
          data: {
            schoolId: viewer.schoolId,
            mentorshipId: input.mentorshipId,
            menteeId: input.menteeId,
            filedById: viewer.userId,
            byParent: membership.mentee.person.userId !== viewer.userId,
            reason: input.reason,
            pendingKey,
          },
          select: { id: true },
        });
        await notifyRole(tx, ["DIRECTOR"], {
          kind: "PETITION_FILED",
          schoolId: viewer.schoolId,
          dedupeKey: `petition-filed:${created.id}`,
          title: "Новое ходатайство о замене наставника",
          href: "/director/petitions",
        });
        await recordAudit(tx, viewer, {
          action: "petition.file",
          entityType: "ReplacementPetition",
          entityId: created.id,
          details: { mentorshipId: input.mentorshipId, menteeId: input.menteeId },
        });
        return created;
      });
      for (const path of ["/mentee", "/parent", "/director", "/director/petitions"]) revalidatePath(path);
      return petition;
    } catch (error) {
      if (isUniqueViolation(error, "pendingKey")) throw new AppError("CONFLICT", PENDING_ALREADY);
      throw error;
    }
  },
);
