"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { claimDraft } from "./claim-draft";
import { acceptAllSchema, draftPairSchema } from "./draft-schemas";
import { claimDraftRow } from "./find-draft-row";
import { dropEmptyDraftPairs } from "./write-draft-pairs";

/**
 * The curator removes one mentee from the draft: the mentee waits again, and the matching never proposes this pair
 * again in the programme (until the exclusions are lifted).
 */
export const removeDraftPair = defineAction(
  { schema: draftPairSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      const { programmeId, row } = await claimDraftRow(tx, viewer.schoolId, input.rowId, input.version);
      const mentorId = row.mentorship.mentorId;
      await tx.mentorshipMentee.deleteMany({ where: { id: row.id, schoolId: viewer.schoolId } });
      await dropEmptyDraftPairs(tx, { schoolId: viewer.schoolId, programmeId });
      await tx.matchExclusion.createMany({
        data: [{ schoolId: viewer.schoolId, programmeId, menteeId: row.menteeId, mentorId, createdById: viewer.userId }],
        skipDuplicates: true,
      });
      await recordAudit(tx, viewer, {
        action: "matching.remove",
        entityType: "Mentorship",
        entityId: row.mentorshipId,
        details: { menteeId: row.menteeId, mentorId },
      });
    });
    revalidatePath("/curator/pairs");
    return { rowId: input.rowId };
  },
);

/** The curator lifts every exclusion of the programme: the matching may propose those pairs again. */
export const clearMatchExclusions = defineAction(
  { schema: acceptAllSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    const programme = await findCurrentProgramme(viewer.schoolId);
    if (!programme) throw new AppError("NOT_FOUND");
    const cleared = await db.$transaction(async (tx) => {
      await claimDraft(tx, viewer.schoolId, programme.id, input.version);
      const { count } = await tx.matchExclusion.deleteMany({ where: { schoolId: viewer.schoolId, programmeId: programme.id } });
      await recordAudit(tx, viewer, {
        action: "matching.clear-exclusions",
        entityType: "Programme",
        entityId: programme.id,
        details: { count },
      });
      return count;
    });
    revalidatePath("/curator/pairs");
    return { cleared };
  },
);
