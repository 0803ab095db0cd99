import { randomUUID } from "node:crypto";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * A small school made by the test itself: two mentors with one pair each, their mentees,
 * each mentee's parent, a roadmap item, and questionnaires waiting for the mentees and parents.
 */
export async function createSchoolFixture(db: PrismaClient, label: string, startYear = 2026) {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  const school = await db.school.create({ data: { slug: tag, name: `Школа ${label}`, shortName: label } });
  const schoolId = school.id;

  async function person(lastName: string, roles: Role[], extra: { birthDate?: Date; grade?: number } = {}) {
    const user = roles.length
      ? await db.user.create({
          data: {
            login: `${lastName.toLowerCase()}-${tag}`,
            displayName: `${lastName} Тест`,
            passwordHash: "not-a-real-hash",
            memberships: { create: roles.map((role) => ({ schoolId, role })) },
          },
        })
      : null;
    const created = await db.person.create({
      data: { schoolId, userId: user?.id, lastName, firstName: "Тест", birthDate: extra.birthDate },
    });
    if (extra.grade) await db.pupil.create({ data: { schoolId, personId: created.id, grade: extra.grade, classLetter: "А" } });
    return { personId: created.id, userId: user?.id ?? "" };
  }

  const curator = await person("Кураторова", ["CURATOR"]);
  const director = await person("Директоров", ["DIRECTOR"]);
  const mentorA = await person("Наставников", ["MENTOR"]);
  const mentorB = await person("Учителев", ["MENTOR"]);
  const born = new Date(Date.UTC(2013, 3, 1));
  const menteeA = await person("Ученикова", ["MENTEE"], { birthDate: born, grade: 7 });
  const menteeB = await person("Школьников", ["MENTEE"], { birthDate: born, grade: 7 });
  const parentA = await person("Родителева", ["PARENT"]);
  const parentB = await person("Мамина", ["PARENT"]);
  await db.parentChild.createMany({
    data: [
      { schoolId, parentId: parentA.personId, childId: menteeA.personId },
      { schoolId, parentId: parentB.personId, childId: menteeB.personId },
    ],
  });

  const programme = await db.programme.create({
    data: { schoolId, startYear, title: "Программа", forms: ["TEACHER_PUPIL"], currentStage: "PAIR_WORK" },
  });
  const stage = await db.programmeStage.create({
    data: {
      schoolId,
      programmeId: programme.id,
      number: "LAUNCH",
      position: 1,
      title: "Запуск",
      task: "Задача",
      result: "Результат",
    },
  });
  const item = await db.roadmapItem.create({
    data: { schoolId, programmeId: programme.id, stageId: stage.id, code: "1.1", position: 1, title: "Информирование педагогов" },
  });

  async function pair(mentor: { personId: string }, mentee: { personId: string }) {
    const mentorProfile = await db.mentorProfile.create({
      data: { schoolId, personId: mentor.personId, category: "TEACHER", status: "READY" },
    });
    const menteeProfile = await db.menteeProfile.create({ data: { schoolId, personId: mentee.personId, kind: "PUPIL" } });
    const mentorship = await db.mentorship.create({
      data: {
        schoolId,
        programmeId: programme.id,
        mentorId: mentorProfile.id,
        form: "TEACHER_PUPIL",
        format: "INDIVIDUAL",
        status: "ACTIVE",
        startedOn: new Date(Date.UTC(2024, 0, 1)),
        mentees: { create: { schoolId, menteeId: menteeProfile.id } },
      },
    });
    return { mentorshipId: mentorship.id, menteeId: menteeProfile.id };
  }
  const pairA = await pair(mentorA, menteeA);
  const pairB = await pair(mentorB, menteeB);

  const template = await db.questionnaireTemplate.create({
    data: {
      schoolId,
      purpose: "SATISFACTION",
      audience: "MENTEE",
      title: "Удовлетворённость",
      questions: {
        create: [
          { schoolId, position: 1, type: "SCALE", text: "Комфортно ли общаться?", scaleMin: 1, scaleMax: 10 },
          {
            schoolId,
            position: 2,
            type: "SINGLE_CHOICE",
            text: "Как часто встречаться?",
            options: ["Раз в неделю", "Раз в месяц"],
          },
          { schoolId, position: 3, type: "MULTIPLE_CHOICE", text: "Что полезно?", options: ["Учёба", "Профессии"] },
          { schoolId, position: 4, type: "TEXT", text: "Что изменить?", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  const respond = (respondent: { userId: string }, subject: { personId: string }) =>
    db.questionnaireResponse.create({
      data: { schoolId, templateId: template.id, respondentId: respondent.userId, subjectId: subject.personId },
    });
  const responses = {
    menteeA: await respond(menteeA, menteeA),
    menteeB: await respond(menteeB, menteeB),
    parentA: await respond(parentA, menteeA),
    parentB: await respond(parentB, menteeB),
  };

  const viewer = async (who: { userId: string }): Promise<Viewer> => {
    const user = await db.user.findUniqueOrThrow({ where: { id: who.userId }, select: { sessionVersion: true } });
    return (await loadViewer(db, who.userId, user.sessionVersion, schoolId))!;
  };

  return {
    schoolId,
    programme,
    item,
    template,
    responses,
    pairA,
    pairB,
    people: { curator, director, mentorA, mentorB, menteeA, menteeB, parentA, parentB },
    viewer,
  };
}

export type SchoolFixture = Awaited<ReturnType<typeof createSchoolFixture>>;

/** Answers that satisfy the fixture's questionnaire. */
export function validAnswers(fixture: SchoolFixture) {
  const [scale, single, multiple, text] = fixture.template.questions;
  return { [scale.id]: 8, [single.id]: "Раз в неделю", [multiple.id]: ["Учёба"], [text.id]: "" };
}
