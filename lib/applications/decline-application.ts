"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { declineApplicationSchema } from "./application-schemas";

/** The curator declines an application with a reason, which the applicant (or the parent who applied) reads. */
export const declineApplication = defineAction(
  { schema: declineApplicationSchema, permission: "application:decide" },
  async (input, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const application = await tx.programmeApplication.findFirst({
        where: { id: input.applicationId, schoolId: viewer.schoolId, status: "PENDING" },
        select: { id: true, personId: true },
      });
      if (!application) throw new AppError("CONFLICT", "Заявку уже рассмотрели: обновите страницу.");
      await tx.programmeApplication.updateMany({
        where: { id: application.id, schoolId: viewer.schoolId, status: "PENDING" },
        data: {
          status: "DECLINED",
          openKey: null,
          declineReason: input.reason,
          // A signed-out applicant's contacts are no longer needed once declined (152-ФЗ: kept only while needed).
          applicantEmail: null,
          applicantPhone: null,
          decidedById: viewer.userId,
          decidedAt: new Date(),
        },
      });
      await recordAudit(tx, viewer, {
        action: "application.decline",
        entityType: application.personId ? "Person" : "ProgrammeApplication",
        entityId: application.personId ?? application.id,
        details: { applicationId: application.id },
      });
      return { id: application.id };
    });
    for (const path of ["/curator/applications", "/applications"]) revalidatePath(path);
    return result;
  },
);
