import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

interface PublicApplication {
  id: string;
  createdAt: Date;
  applicantLastName: string | null;
  applicantFirstName: string | null;
  applicantMiddleName: string | null;
  consentTextId: string | null;
}

/**
 * A signed-out applicant becomes a person of the school when the curator accepts them: the person with the name they
 * typed, and their consent to processing, given on the form on the day they applied (to the text version they saw).
 */
export async function admitPublicApplicant(tx: Prisma.TransactionClient, viewer: Viewer, application: PublicApplication) {
  if (!application.applicantLastName || !application.applicantFirstName || !application.consentTextId) {
    throw new AppError("INVALID", "В заявке нет имени или согласия: принять её нельзя.");
  }
  const person = await tx.person.create({
    data: {
      schoolId: viewer.schoolId,
      lastName: application.applicantLastName,
      firstName: application.applicantFirstName,
      middleName: application.applicantMiddleName,
    },
    select: { id: true },
  });
  await tx.consent.create({
    data: {
      schoolId: viewer.schoolId,
      textId: application.consentTextId,
      purpose: "MENTORING",
      subjectId: person.id,
      giverId: person.id,
      giverRole: "SELF",
      method: "IN_APP",
      givenOn: application.createdAt,
      recordedById: viewer.userId,
    },
  });
  await tx.programmeApplication.updateMany({
    where: { id: application.id, schoolId: viewer.schoolId },
    data: { personId: person.id },
  });
  return {
    id: person.id,
    anonymisedAt: null,
    pupil: null,
    staff: null,
    mentee: null,
    mentor: null,
    _count: { children: 0 },
  };
}
