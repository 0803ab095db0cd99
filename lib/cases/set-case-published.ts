"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publishCaseSchema } from "./case-schema";

/**
 * Publishes a case on the school's public page (7.6) or takes it off; an anonymised case cannot be published again,
 * nor a case whose pair was deleted.
 */
export const setCasePublished = defineAction({ schema: publishCaseSchema, permission: "case:write" }, async (input, viewer) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.practiceCase.updateMany({
      where: {
        id: input.caseId,
        schoolId: viewer.schoolId,
        // A case whose pair is gone has no one to redact the names of: it is never published.
        ...(input.publish ? { anonymisedAt: null, mentorshipId: { not: null } } : {}),
      },
      data: { publishedAt: input.publish ? new Date() : null },
    });
    if (count !== 1) {
      const orphan = await tx.practiceCase.findFirst({
        where: { id: input.caseId, schoolId: viewer.schoolId, anonymisedAt: null, mentorshipId: null },
        select: { id: true },
      });
      if (orphan) throw new AppError("CONFLICT", "Пара этого кейса удалена: без неё нельзя скрыть имена, кейс не публикуется");
      throw new AppError("NOT_FOUND");
    }
    await recordAudit(tx, viewer, {
      action: input.publish ? "case.publish" : "case.unpublish",
      entityType: "PracticeCase",
      entityId: input.caseId,
    });
  });
  revalidatePath("/curator/cases");
  revalidatePath(`/curator/cases/${input.caseId}`);
  return { id: input.caseId, published: input.publish };
});
