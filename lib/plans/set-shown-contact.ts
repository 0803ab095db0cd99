"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const shownContactSchema = z.object({
  contact: z.string().trim().max(200, "Не длиннее 200 символов").optional().default(""),
});

/** The mentor sets the contact (phone, e-mail, messenger) their mentees and their parents see; empty shows none. */
export const setShownContact = defineAction(
  { schema: shownContactSchema, permission: "mentor:set-contact" },
  async (input, viewer) => {
    const profile = await db.mentorProfile.findFirst({
      where: { schoolId: viewer.schoolId, person: { userId: viewer.userId } },
      select: { id: true },
    });
    if (!profile) throw new AppError("NOT_FOUND");
    await db.$transaction(async (tx) => {
      await tx.mentorProfile.update({
        where: { id: profile.id, schoolId: viewer.schoolId },
        data: { shownContact: input.contact || null },
      });
      await recordAudit(tx, viewer, { action: "mentor.shown-contact", entityType: "MentorProfile", entityId: profile.id });
    });
    revalidatePath("/mentor");
    return { contact: input.contact };
  },
);
