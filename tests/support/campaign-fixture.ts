import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ConsentGiverRole, MentoringForm, Role } from "@/lib/generated/prisma/enums";
import type { SchoolFixture } from "./school-fixture";

/** A valid MENTORING consent about `subjectId` given by `giverId` (a parent for a child under 14, else the person). */
export async function grantMentoringConsent(
  db: PrismaClient,
  fixture: SchoolFixture,
  subjectId: string,
  giverId: string,
  giverRole: ConsentGiverRole,
) {
  const { schoolId } = fixture;
  const text = await db.consentText.upsert({
    where: { schoolId_purpose_version: { schoolId, purpose: "MENTORING", version: 1 } },
    update: {},
    create: { schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст согласия" },
  });
  return db.consent.create({
    data: {
      schoolId,
      textId: text.id,
      purpose: "MENTORING",
      subjectId,
      giverId,
      giverRole,
      method: "PAPER",
      givenOn: new Date(Date.UTC(2026, 8, 1)),
    },
  });
}

/** A current template with one required scale, one required single choice and one optional text question. */
export async function makeCampaignTemplate(db: PrismaClient, fixture: SchoolFixture, audience: Role, title: string) {
  const { schoolId } = fixture;
  return db.questionnaireTemplate.create({
    data: {
      schoolId,
      purpose: audience === "PARENT" ? "PARENT_SURVEY" : "SATISFACTION",
      audience,
      title,
      questions: {
        create: [
          { schoolId, position: 1, type: "SCALE", text: "Насколько полезны встречи?", scaleMin: 1, scaleMax: 10 },
          { schoolId, position: 2, type: "SINGLE_CHOICE", text: "Продолжить?", options: ["Да", "Нет"] },
          { schoolId, position: 3, type: "TEXT", text: "Комментарий", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

/** A pupil of the fixture's school (grade 7, class «Б» unless told), with an account when `withAccount`. */
export async function addPupil(
  db: PrismaClient,
  fixture: SchoolFixture,
  lastName: string,
  withAccount: boolean,
  classLetter = "Б",
) {
  const { schoolId } = fixture;
  const user = withAccount
    ? await db.user.create({
        data: {
          login: `${lastName.toLowerCase()}-${schoolId}`,
          displayName: lastName,
          passwordHash: "not-a-real-hash",
          memberships: { create: { schoolId, role: "MENTEE" } },
        },
      })
    : null;
  const person = await db.person.create({
    data: { schoolId, userId: user?.id, lastName, firstName: "Тест", birthDate: new Date(Date.UTC(2013, 3, 1)) },
  });
  await db.pupil.create({ data: { schoolId, personId: person.id, grade: 7, classLetter } });
  return { personId: person.id, userId: user?.id ?? "" };
}

/** Puts the pupil into an open pair of the fixture's programme with an existing mentor profile, in the given form. */
export async function addToPair(
  db: PrismaClient,
  fixture: SchoolFixture,
  mentorPersonId: string,
  pupilPersonId: string,
  form: MentoringForm,
) {
  const { schoolId } = fixture;
  const mentor = await db.mentorProfile.findUniqueOrThrow({ where: { personId: mentorPersonId } });
  const mentee = await db.menteeProfile.create({ data: { schoolId, personId: pupilPersonId, kind: "PUPIL" } });
  await db.mentorship.create({
    data: {
      schoolId,
      programmeId: fixture.programme.id,
      mentorId: mentor.id,
      form,
      format: "INDIVIDUAL",
      status: "FORMING",
      mentees: { create: { schoolId, menteeId: mentee.id } },
    },
  });
}

/** Answers that satisfy makeCampaignTemplate's questions. */
export function campaignAnswers(template: Awaited<ReturnType<typeof makeCampaignTemplate>>) {
  const [scale, single, text] = template.questions;
  return { [scale.id]: 9, [single.id]: "Да", [text.id]: "" };
}
