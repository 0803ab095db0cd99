"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { menteeMatchingProfileSchema } from "./matching-profile-schema";
import { revalidateMenteeBase } from "./revalidate";

/** The curator records what the matching compares for a mentee: preferred formats, free times, role-model traits. */
export const updateMenteeMatchingProfile = defineAction(
  { schema: menteeMatchingProfileSchema, permission: "mentee-base:edit" },
  async (input, viewer) => {
    const data = {
      preferredFormats: [...new Set(input.preferredFormats)],
      availabilitySlots: [...new Set(input.availabilitySlots)],
      traits: [...new Set(input.traits)],
    };
    await db.$transaction(async (tx) => {
      const { count } = await tx.menteeProfile.updateMany({
        where: { personId: input.personId, schoolId: viewer.schoolId },
        data,
      });
      if (count === 0) throw new AppError("NOT_FOUND", "Человек не найден в базе наставляемых.");
      await recordAudit(tx, viewer, {
        action: "mentee.matching-profile",
        entityType: "Person",
        entityId: input.personId,
        details: data,
      });
    });
    revalidateMenteeBase(input.personId);
    return { personId: input.personId };
  },
);
