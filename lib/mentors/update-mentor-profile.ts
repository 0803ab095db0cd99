"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { outsideCategories } from "./labels";
import { findSchoolMentor, revalidateMentors } from "./mentor-writes";
import { mentorProfileSchema } from "./profile-schema";

const invalid = (field: string, message: string) => new AppError("INVALID", "Проверьте поля формы.", { [field]: [message] });

/** Saves what the curator knows about a mentor: competencies, preferences, capacity, availability, certificate date. */
export const updateMentorProfile = defineAction(
  { schema: mentorProfileSchema, permission: "mentor-base:edit" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      const mentor = await findSchoolMentor(tx, viewer, input.mentorId);
      const isOutside = !mentor.person.pupil && !mentor.person.staff;
      // The category follows from who the person is in the school; only outside people choose among outside categories.
      if (isOutside ? !outsideCategories.includes(input.category) : input.category !== mentor.category) {
        throw invalid("category", "Эту категорию нельзя выбрать для этого человека");
      }
      let partnerId: string | null = null;
      if (input.category === "PARTNER_EMPLOYEE") {
        const partner = await tx.partnerOrganisation.findFirst({
          where: { id: input.partnerId, schoolId: viewer.schoolId },
          select: { id: true },
        });
        if (!partner) throw invalid("partnerId", "Выберите организацию-партнёра");
        partnerId = partner.id;
      }
      const data = {
        category: input.category,
        partnerId,
        competencies: input.competencies || null,
        competencyKinds: [...new Set(input.competencyKinds)],
        groupRequest: input.groupRequest || null,
        availabilitySlots: [...new Set(input.availabilitySlots)],
        traits: [...new Set(input.traits)],
        strengths: input.strengths || null,
        preferredForms: [...new Set(input.preferredForms)],
        preferredFormats: [...new Set(input.preferredFormats)],
        capacity: input.capacity,
        availability: input.availability || null,
        contact: input.contact || null,
        certificateIssuedOn: input.certificateIssuedOn ? parseCalendarDate(input.certificateIssuedOn) : null,
      };
      await tx.mentorProfile.updateMany({ where: { id: mentor.id, schoolId: viewer.schoolId }, data });
      await recordAudit(tx, viewer, {
        action: "mentor.update",
        entityType: "MentorProfile",
        entityId: mentor.id,
        details: { ...data, certificateIssuedOn: input.certificateIssuedOn || null },
      });
    });
    revalidateMentors(input.mentorId);
    return { mentorId: input.mentorId };
  },
);
