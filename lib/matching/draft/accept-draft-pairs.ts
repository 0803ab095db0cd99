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

/** The curator accepts one proposed pair: it stays when the matching runs again and may go into the order. */
export const acceptDraftPair = defineAction(
  { schema: draftPairSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      const { row } = await claimDraftRow(tx, viewer.schoolId, input.rowId, input.version);
      await tx.mentorshipMentee.updateMany({ where: { id: row.id, schoolId: viewer.schoolId }, data: { accepted: true } });
      await recordAudit(tx, viewer, {
        action: "matching.accept",
        entityType: "Mentorship",
        entityId: row.mentorshipId,
        details: { menteeId: row.menteeId, mentorId: row.mentorship.mentorId },
      });
    });
    revalidatePath("/curator/pairs");
    return { rowId: input.rowId };
  },
);

/** The curator accepts every proposed pair of the draft at once. */
export const acceptAllDraftPairs = defineAction(
  { schema: acceptAllSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    const programme = await findCurrentProgramme(viewer.schoolId);
    if (!programme) throw new AppError("NOT_FOUND");
    const accepted = await db.$transaction(async (tx) => {
      await claimDraft(tx, viewer.schoolId, programme.id, input.version);
      const { count } = await tx.mentorshipMentee.updateMany({
        where: {
          schoolId: viewer.schoolId,
          accepted: false,
          mentorship: { schoolId: viewer.schoolId, programmeId: programme.id, status: "FORMING", orderId: null },
        },
        data: { accepted: true },
      });
      await recordAudit(tx, viewer, {
        action: "matching.accept-all",
        entityType: "Programme",
        entityId: programme.id,
        details: { count },
      });
      return count;
    });
    revalidatePath("/curator/pairs");
    return { accepted };
  },
);
