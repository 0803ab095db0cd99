"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addPupilsSchema, addYoungTeacherSchema, candidateSchema } from "./mentee-schemas";
import { revalidateMenteeBase } from "./revalidate";
import { isYoungTeacher, youngTeacherMaxExperience } from "./rules";
import { yearsWord } from "./years-word";

/** Marks enrolled pupils of the school as candidate mentees; those already in the base are skipped. All or nothing. */
export const addPupilCandidates = defineAction(
  { schema: addPupilsSchema, permission: "mentee-base:edit" },
  async ({ personIds }, viewer) => {
    const ids = [...new Set(personIds)];
    const added = await db.$transaction(async (tx) => {
      const pupils = await tx.pupil.findMany({
        where: { schoolId: viewer.schoolId, personId: { in: ids }, status: "ENROLLED", person: { anonymisedAt: null } },
        select: { personId: true, person: { select: { mentee: { select: { id: true } } } } },
      });
      if (pupils.length !== ids.length) {
        throw new AppError("INVALID", "Среди отмеченных есть те, кто не учится в школе. Обновите страницу и отметьте снова.", {
          personIds: ["Отметьте только учеников этого класса"],
        });
      }
      const fresh = pupils.filter((p) => !p.person.mentee).map((p) => p.personId);
      await tx.menteeProfile.createMany({
        data: fresh.map((personId) => ({ schoolId: viewer.schoolId, personId, kind: "PUPIL" as const })),
      });
      // One insert for the whole class, not one per pupil.
      await recordAudit(
        tx,
        viewer,
        fresh.map((entityId) => ({
          action: "mentee.add",
          entityType: "Person",
          entityId,
          details: { what: "Добавлен в базу наставляемых" },
        })),
      );
      return fresh.length;
    });
    revalidateMenteeBase();
    return { added, skipped: ids.length - added };
  },
);

/** Marks a staff member with 0–3 years of experience as a candidate mentee (a young specialist). */
export const addYoungTeacher = defineAction(
  { schema: addYoungTeacherSchema, permission: "mentee-base:edit" },
  async ({ personId }, viewer) => {
    const profile = await db.$transaction(async (tx) => {
      const staff = await tx.staff.findFirst({
        where: { personId, schoolId: viewer.schoolId, leftAt: null, person: { anonymisedAt: null } },
        select: { experienceYears: true, person: { select: { mentee: { select: { id: true } } } } },
      });
      if (!staff) throw new AppError("NOT_FOUND", "Педагог не найден среди работающих сотрудников школы.");
      if (!isYoungTeacher(staff.experienceYears)) {
        const years = staff.experienceYears;
        throw new AppError(
          "INVALID",
          `Молодой педагог — это стаж от 0 до ${youngTeacherMaxExperience} лет, а у этого педагога ${years} ${yearsWord(years)}.`,
          { personId: ["Выберите педагога со стажем до 3 лет"] },
        );
      }
      if (staff.person.mentee) throw new AppError("INVALID", "Этот педагог уже в базе наставляемых.");
      const created = await tx.menteeProfile.create({
        data: { schoolId: viewer.schoolId, personId, kind: "YOUNG_TEACHER" },
        select: { id: true, personId: true },
      });
      await recordAudit(tx, viewer, {
        action: "mentee.add",
        entityType: "Person",
        entityId: personId,
        details: { what: "Добавлен в базу наставляемых как молодой педагог" },
      });
      return created;
    });
    revalidateMenteeBase(personId);
    return profile;
  },
);

/** Takes a candidate out of the base with their requests; someone who has been in a pair stays for the records. */
export const removeCandidate = defineAction(
  { schema: candidateSchema, permission: "mentee-base:edit" },
  async ({ personId }, viewer) => {
    await db.$transaction(async (tx) => {
      const profile = await tx.menteeProfile.findFirst({
        where: { personId, schoolId: viewer.schoolId },
        select: { id: true },
      });
      if (!profile) throw new AppError("NOT_FOUND");
      if ((await tx.mentorshipMentee.count({ where: { menteeId: profile.id } })) > 0) {
        throw new AppError("INVALID", "Наставляемый уже был в паре или группе: убрать его из базы нельзя.");
      }
      await tx.menteeProfile.delete({ where: { id: profile.id } });
      await recordAudit(tx, viewer, {
        action: "mentee.remove",
        entityType: "Person",
        entityId: personId,
        details: { what: "Убран из базы наставляемых" },
      });
    });
    revalidateMenteeBase(personId);
    return { personId };
  },
);
