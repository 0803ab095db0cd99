"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentorCategory } from "@/lib/generated/prisma/enums";
import { addMentorSchema } from "./add-mentor-schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { revalidateMentors } from "./mentor-writes";
import { SENIOR_GRADES } from "./mentor-sources";

const alreadyMentor = () =>
  new AppError("CONFLICT", "Этот человек уже в базе наставников.", { personId: ["Уже в базе наставников"] });

/** Staff member (teacher) or senior pupil of the viewer's school, not yet a mentor. */
async function findSchoolPerson(tx: Prisma.TransactionClient, viewer: Viewer, source: "STAFF" | "PUPIL", personId: string) {
  const person = await tx.person.findFirst({
    where: {
      id: personId,
      schoolId: viewer.schoolId,
      anonymisedAt: null,
      ...(source === "STAFF"
        ? { staff: { is: { leftAt: null } } }
        : { pupil: { is: { status: "ENROLLED", grade: { in: SENIOR_GRADES } } } }),
    },
    select: { id: true, mentor: { select: { id: true } } },
  });
  if (!person) throw new AppError("NOT_FOUND");
  if (person.mentor) throw alreadyMentor();
  return person.id;
}

/** Adds a teacher, a senior pupil (classes 9–11) or a new person from outside the school to the base as a candidate. */
export const addMentor = defineAction({ schema: addMentorSchema, permission: "mentor-base:edit" }, async (input, viewer) => {
  try {
    const mentor = await db.$transaction(async (tx) => {
      let personId: string;
      let category: MentorCategory;
      let partnerId: string | null = null;
      if (input.source === "OUTSIDE") {
        category = input.category!;
        if (category === "PARTNER_EMPLOYEE") {
          const partner = await tx.partnerOrganisation.findFirst({
            where: { id: input.partnerId, schoolId: viewer.schoolId },
            select: { id: true },
          });
          if (!partner) throw new AppError("INVALID", "Проверьте поля формы.", { partnerId: ["Выберите организацию-партнёра"] });
          partnerId = partner.id;
        }
        const person = await tx.person.create({
          data: {
            schoolId: viewer.schoolId,
            lastName: input.lastName,
            firstName: input.firstName,
            middleName: input.middleName || null,
            birthDate: input.birthDate ? parseCalendarDate(input.birthDate) : null,
          },
          select: { id: true },
        });
        personId = person.id;
      } else {
        personId = await findSchoolPerson(tx, viewer, input.source, input.personId);
        category = input.source === "STAFF" ? "TEACHER" : "SENIOR_PUPIL";
      }
      const created = await tx.mentorProfile.create({
        data: { schoolId: viewer.schoolId, personId, category, partnerId },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "mentor.create",
        entityType: "MentorProfile",
        entityId: created.id,
        details: { personId, category, source: input.source },
      });
      return created;
    });
    revalidateMentors();
    return mentor;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyMentor();
    throw error;
  }
});
