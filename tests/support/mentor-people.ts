import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";

/** People the mentor tests add to a fixture school: staff, pupils, consents, and ready-made mentors. */
export function mentorPeople(db: PrismaClient, schoolId: string) {
  async function staff(lastName: string, position = "Учитель математики") {
    const person = await db.person.create({ data: { schoolId, lastName, firstName: "Педагог" } });
    await db.staff.create({ data: { schoolId, personId: person.id, position, experienceYears: 10 } });
    return person.id;
  }

  async function pupil(lastName: string, grade: number, birthDate = new Date(Date.UTC(2010, 0, 15))) {
    const person = await db.person.create({ data: { schoolId, lastName, firstName: "Ученик", birthDate } });
    await db.pupil.create({ data: { schoolId, personId: person.id, grade, classLetter: "Б" } });
    return person.id;
  }

  let text: { id: string } | null = null;
  async function consent(subjectId: string, giverRole: "SELF" | "PARENT" = "SELF") {
    text ??= await db.consentText.create({
      data: { schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст согласия" },
      select: { id: true },
    });
    await db.consent.create({
      data: {
        schoolId,
        textId: text.id,
        purpose: "MENTORING",
        subjectId,
        giverId: subjectId,
        giverRole,
        method: "PAPER",
        givenOn: new Date(Date.UTC(2026, 8, 1)),
      },
    });
  }

  /** Outside mentors straight in the base, for lists: each with a fresh certificate, consent and an open pair of one. */
  async function manyMentors(
    count: number,
    options: { status?: MentorStatus; category?: MentorCategory; programmeId?: string } = {},
  ) {
    const { status = "READY", category = "ALUMNUS", programmeId } = options;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const person = await db.person.create({ data: { schoolId, lastName: `Выпускник${i}`, firstName: "Тест" } });
      await consent(person.id);
      const mentor = await db.mentorProfile.create({
        data: {
          schoolId,
          personId: person.id,
          category,
          status,
          capacity: 2,
          certificateIssuedOn: new Date(Date.UTC(2026, 5, 1)),
        },
      });
      ids.push(mentor.id);
      if (!programmeId) continue;
      const child = await db.person.create({ data: { schoolId, lastName: `Младший${i}`, firstName: "Тест" } });
      const mentee = await db.menteeProfile.create({ data: { schoolId, personId: child.id, kind: "PUPIL" } });
      await db.mentorship.create({
        data: {
          schoolId,
          programmeId,
          mentorId: mentor.id,
          form: "STUDENT_PUPIL",
          format: "INDIVIDUAL",
          status: "FORMING",
          mentees: { create: { schoolId, menteeId: mentee.id } },
        },
      });
    }
    return ids;
  }

  return { staff, pupil, consent, manyMentors };
}
