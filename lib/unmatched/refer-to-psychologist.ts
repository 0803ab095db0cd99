"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { notifyRole } from "@/lib/notifications/notify-role";
import { referToPsychologistSchema } from "./referral-schemas";

/** The curator refers a mentee of the school to the psychologist for support; one open referral per mentee. */
export const referToPsychologist = defineAction(
  { schema: referToPsychologistSchema, permission: "referral:create" },
  async (input, viewer) => {
    const mentee = await db.menteeProfile.findFirst({
      where: { id: input.menteeId, schoolId: viewer.schoolId },
      select: { id: true },
    });
    if (!mentee) throw new AppError("NOT_FOUND");
    try {
      const referral = await db.$transaction(async (tx) => {
        const created = await tx.psychologistReferral.create({
          data: {
            schoolId: viewer.schoolId,
            menteeId: mentee.id,
            note: input.note || null,
            openKey: mentee.id,
            createdById: viewer.userId,
          },
          select: { id: true },
        });
        // Confidential: the notice names nobody, the psychologist reads the referral on their page.
        await notifyRole(tx, ["PSYCHOLOGIST"], {
          kind: "REFERRAL_CREATED",
          schoolId: viewer.schoolId,
          dedupeKey: `referral:${created.id}`,
          title: "Куратор направил к вам наставляемого, оставшегося без пары",
          href: "/psychologist",
        });
        await recordAudit(tx, viewer, {
          action: "referral.create",
          entityType: "PsychologistReferral",
          entityId: created.id,
          details: { menteeId: mentee.id },
        });
        return created;
      });
      revalidatePath("/curator/unmatched");
      revalidatePath("/psychologist");
      return referral;
    } catch (error) {
      if (isUniqueViolation(error, "openKey")) throw new AppError("CONFLICT", "Наставляемый уже направлен к психологу.");
      throw error;
    }
  },
);
