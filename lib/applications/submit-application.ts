"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { applicantKind, applicationRefusal } from "./applicant-rules";
import { submitApplicationSchema } from "./application-schemas";
import { listApplicablePeople } from "./list-applicable-people";
import { notifyCuratorsOfApplication } from "./notify-curators-of-application";

/**
 * A voluntary application, by the person or by a parent for their child (a pupil under 14 only so). One open application
 * per person and role; none for someone already in that base.
 */
export const submitApplication = defineAction(
  { schema: submitApplicationSchema, permission: "application:submit" },
  async (input, viewer) => {
    const applicant = (await listApplicablePeople(viewer)).find((person) => person.id === input.personId);
    if (!applicant) throw new AppError("INVALID", "Проверьте поля формы.", { personId: ["Выберите себя или своего ребёнка"] });
    const refusal = applicationRefusal(applicant, input.role, todayCalendarDate(viewer.timeZone));
    if (refusal) throw new AppError("INVALID", refusal, { role: [refusal] });
    const inBase = await db.person.findFirst({
      where: { id: applicant.id, schoolId: viewer.schoolId },
      select: { mentee: { select: { id: true } }, mentor: { select: { id: true } } },
    });
    if ((input.role === "MENTEE" && inBase?.mentee) || (input.role === "MENTOR" && inBase?.mentor)) {
      const base = input.role === "MENTEE" ? "наставляемых" : "наставников";
      throw new AppError("INVALID", `${applicant.name} уже в базе ${base}.`, { role: [`Уже в базе ${base}`] });
    }
    try {
      const created = await db.$transaction(async (tx) => {
        const application = await tx.programmeApplication.create({
          data: {
            schoolId: viewer.schoolId,
            personId: applicant.id,
            role: input.role,
            applicantKind: applicantKind(applicant),
            text: input.text,
            submittedById: viewer.userId,
            byParent: !applicant.self,
            openKey: `${applicant.id}:${input.role}`,
          },
          select: { id: true },
        });
        await notifyCuratorsOfApplication(tx, { id: application.id, schoolId: viewer.schoolId });
        await recordAudit(tx, viewer, {
          action: "application.submit",
          entityType: "Person",
          entityId: applicant.id,
          details: { applicationId: application.id, role: input.role, byParent: !applicant.self },
        });
        return application;
      });
      for (const path of ["/applications", "/curator/applications"]) revalidatePath(path);
      return created;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("INVALID", "Такая заявка уже на рассмотрении у куратора.", { role: ["Заявка уже подана"] });
      }
      throw error;
    }
  },
);
