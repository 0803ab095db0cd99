"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { MentorCategory } from "@/lib/generated/prisma/enums";
import { acceptApplicationSchema } from "./application-schemas";
import { admitPublicApplicant } from "./admit-public-applicant";

const decided = () => new AppError("CONFLICT", "Заявку уже рассмотрели: обновите страницу.");

/**
 * The curator accepts an application: the person enters the base of mentees with the request in their words, or the base
 * of mentors as a candidate with their competencies (a pupil as a senior pupil, staff as a teacher, a parent as a parent).
 */
export const acceptApplication = defineAction(
  { schema: acceptApplicationSchema, permission: "application:decide" },
  async (input, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const application = await tx.programmeApplication.findFirst({
        where: { id: input.applicationId, schoolId: viewer.schoolId, status: "PENDING" },
        select: {
          id: true,
          role: true,
          text: true,
          createdAt: true,
          applicantLastName: true,
          applicantFirstName: true,
          applicantMiddleName: true,
          applicantCategory: true,
          applicantEmail: true,
          applicantPhone: true,
          consentTextId: true,
          person: {
            select: {
              id: true,
              anonymisedAt: true,
              pupil: { select: { id: true } },
              staff: { select: { id: true } },
              mentee: { select: { id: true, request: true } },
              mentor: { select: { id: true } },
              _count: { select: { children: true } },
            },
          },
        },
      });
      if (!application) throw decided();
      const person = application.person ?? (await admitPublicApplicant(tx, viewer, application));
      if (person.anonymisedAt) throw new AppError("INVALID", "Данные этого человека обезличены: принять заявку нельзя.");
      const scope = { schoolId: viewer.schoolId, personId: person.id };
      if (application.role === "MENTEE") {
        if (person.mentee) {
          const request = person.mentee.request ? `${person.mentee.request}\n${application.text}` : application.text;
          await tx.menteeProfile.updateMany({ where: { id: person.mentee.id, schoolId: viewer.schoolId }, data: { request } });
        } else {
          await tx.menteeProfile.create({
            data: { ...scope, kind: person.pupil ? "PUPIL" : "YOUNG_TEACHER", request: application.text },
          });
        }
      } else if (!person.mentor) {
        const category: MentorCategory = application.applicantCategory
          ? application.applicantCategory
          : person.pupil
            ? "SENIOR_PUPIL"
            : person.staff
              ? "TEACHER"
              : person._count.children > 0
                ? "PARENT"
                : "PARTNER_EMPLOYEE";
        // A signed-out applicant's contacts move to the mentor's card (the curator's way to reach them).
        const contact = [application.applicantEmail, application.applicantPhone].filter(Boolean).join(", ") || null;
        await tx.mentorProfile.create({ data: { ...scope, category, competencies: application.text, contact } });
      }
      const { count } = await tx.programmeApplication.updateMany({
        where: { id: application.id, schoolId: viewer.schoolId, status: "PENDING" },
        data: {
          status: "ACCEPTED",
          openKey: null,
          decidedById: viewer.userId,
          decidedAt: new Date(),
          // Now in the person's records (name) and the mentor's card (contacts): not kept twice.
          applicantLastName: null,
          applicantFirstName: null,
          applicantMiddleName: null,
          applicantEmail: null,
          applicantPhone: null,
        },
      });
      if (count === 0) throw decided();
      await recordAudit(tx, viewer, [
        { action: "application.accept", entityType: "Person", entityId: person.id, details: { applicationId: application.id } },
        {
          action: application.role === "MENTEE" ? "mentee.add" : "mentor.add",
          entityType: "Person",
          entityId: person.id,
          details: { what: "Принят по заявке на участие" },
        },
      ]);
      return { id: application.id, role: application.role };
    });
    for (const path of ["/curator/applications", "/applications", "/curator/mentees", "/curator/mentors"]) revalidatePath(path);
    return result;
  },
);
