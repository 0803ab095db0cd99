import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SchoolFixture } from "./school-fixture";

/** A teacher on the staff list who also mentors: a Staff row and a filled-in mentor profile with an interview. */
export async function makeTeacherMentor(db: PrismaClient, fixture: SchoolFixture, personId: string) {
  const { schoolId } = fixture;
  await db.staff.create({ data: { schoolId, personId, position: "Учитель математики", experienceYears: 12 } });
  const profile = await db.mentorProfile.create({
    data: {
      schoolId,
      personId,
      category: "TEACHER",
      status: "READY",
      competencies: "Олимпиадная математика",
      strengths: "Терпение",
      availability: "Вторник после уроков",
      contact: "+7 900 000-00-00",
    },
  });
  await db.mentorInterview.create({
    data: {
      schoolId,
      mentorId: profile.id,
      heldOn: new Date(Date.UTC(2026, 8, 10)),
      notes: "Хочет вести олимпиадников",
      recommendation: "RECOMMENDED",
    },
  });
  return profile;
}

/** An active pair of this mentor profile with a new mentee profile of the pupil. */
export async function makePair(db: PrismaClient, fixture: SchoolFixture, mentorProfileId: string, pupilPersonId: string) {
  const { schoolId } = fixture;
  const mentee = await db.menteeProfile.create({
    data: { schoolId, personId: pupilPersonId, kind: "PUPIL", request: "Подтянуть алгебру" },
  });
  await db.menteeRequest.create({
    data: { schoolId, menteeId: mentee.id, kind: "POOR_PERFORMANCE", source: "CLASS_TEACHER", details: "Отстаёт по алгебре" },
  });
  const mentorship = await db.mentorship.create({
    data: {
      schoolId,
      programmeId: fixture.programme.id,
      mentorId: mentorProfileId,
      form: "TEACHER_PUPIL",
      format: "INDIVIDUAL",
      status: "ACTIVE",
      mentees: { create: { schoolId, menteeId: mentee.id } },
    },
    include: { mentees: true },
  });
  return { mentorshipId: mentorship.id, pairRowId: mentorship.mentees[0].id, menteeId: mentee.id };
}

/** A submitted questionnaire with a text answer, and a pending one, both about the subject. */
export async function addResponsesAbout(db: PrismaClient, fixture: SchoolFixture, respondentUserId: string, subjectId: string) {
  const { schoolId, template } = fixture;
  const [scale, , , text] = template.questions;
  await db.questionnaireResponse.create({
    data: {
      schoolId,
      templateId: template.id,
      respondentId: respondentUserId,
      subjectId,
      status: "SUBMITTED",
      submittedAt: new Date(),
      answers: {
        create: [
          { schoolId, questionId: scale.id, numberValue: 6 },
          { schoolId, questionId: text.id, textValue: "Дочь стала спокойнее" },
        ],
      },
    },
  });
  await db.questionnaireResponse.create({
    data: { schoolId, templateId: template.id, respondentId: respondentUserId, subjectId },
  });
}
