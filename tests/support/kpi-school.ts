import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MentoringForm, MentorshipStatus, Role, WorkFormat } from "@/lib/generated/prisma/enums";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A small school whose KPIs are counted by hand in tests/integration/report-kpis.test.ts (today = 01.12.2026):
 * pupils in and out of the age band, in working, left and completed pairs; staff young and experienced, mentors and
 * mentees; roadmap items overdue and not; meetings by month; `satisfied` people answering a satisfaction scale.
 */
export async function createKpiSchool(db: PrismaClient, label: string, satisfied: number[] = []) {
  const school = await db.school.create({
    data: { slug: `kpi-${label}-${Date.now()}`, name: `Школа ${label}`, shortName: label },
  });
  const schoolId = school.id;
  let n = 0;
  const user = async (roles: Role[]) =>
    db.user.create({
      data: {
        login: `kpi-${label}-${++n}-${schoolId}`,
        displayName: `Пользователь ${label} ${n}`,
        passwordHash: "not-a-real-hash",
        memberships: { create: roles.map((role) => ({ schoolId, role })) },
      },
    });
  const person = async (lastName: string, birth?: string) =>
    db.person.create({ data: { schoolId, lastName, firstName: "Тест", birthDate: birth ? day(birth) : undefined } });
  const pupil = async (
    lastName: string,
    birth: string,
    grade: number,
    classLetter = "А",
    status: "ENROLLED" | "LEFT" = "ENROLLED",
  ) => {
    const p = await person(lastName, birth);
    await db.pupil.create({ data: { schoolId, personId: p.id, grade, classLetter, status } });
    return p;
  };
  const staff = async (lastName: string, experienceYears: number, leftAt?: string) => {
    const p = await person(lastName);
    await db.staff.create({
      data: { schoolId, personId: p.id, position: "Учитель", experienceYears, leftAt: leftAt ? day(leftAt) : undefined },
    });
    return p;
  };
  const director = await user(["DIRECTOR"]);
  const curator = await user(["CURATOR"]);
  await db.person.create({ data: { schoolId, lastName: "Директорова", firstName: "Тест", userId: director.id } });
  const programme = await db.programme.create({
    data: { schoolId, startYear: 2026, title: "Программа 2026/2027", forms: ["PUPIL_PUPIL"], currentStage: "PAIR_WORK" },
  });
  const stage = await db.programmeStage.create({
    data: {
      schoolId,
      programmeId: programme.id,
      number: "PAIR_WORK",
      position: 6,
      title: "Организация работы пар",
      task: "—",
      result: "—",
    },
  });
  const items: [string, "PLANNED" | "IN_PROGRESS" | "DONE"][] = [
    ["2026-11-01", "PLANNED"],
    ["2026-11-01", "DONE"],
    ["2026-12-15", "PLANNED"],
    ["2026-11-30", "IN_PROGRESS"],
  ];
  for (const [i, [due, status]] of items.entries()) {
    await db.roadmapItem.create({
      data: {
        schoolId,
        programmeId: programme.id,
        stageId: stage.id,
        code: `6.${i + 1}`,
        position: i,
        title: "Пункт",
        dueOn: day(due),
        status,
      },
    });
  }

  const mentorOf = (p: { id: string }) =>
    db.mentorProfile.create({ data: { schoolId, personId: p.id, category: "TEACHER", status: "READY" } });
  const menteeOf = (p: { id: string }, kind: "PUPIL" | "YOUNG_TEACHER" = "PUPIL") =>
    db.menteeProfile.create({ data: { schoolId, personId: p.id, kind } });
  const mentorship = (
    mentorId: string,
    form: MentoringForm,
    format: WorkFormat,
    status: MentorshipStatus,
    mentees: { menteeId: string; leftOn?: string }[],
    startedOn: string,
    endedOn?: string,
  ) =>
    db.mentorship.create({
      data: {
        schoolId,
        programmeId: programme.id,
        mentorId,
        form,
        format,
        status,
        startedOn: day(startedOn),
        endedOn: endedOn ? day(endedOn) : undefined,
        mentees: {
          create: mentees.map((m) => ({ schoolId, menteeId: m.menteeId, leftOn: m.leftOn ? day(m.leftOn) : undefined })),
        },
      },
    });

  // Pupils: the band is 10+ on 01.12.2026, so born on or before 01.12.2016.
  const p1 = await pupil("Первый", "2012-05-01", 8, "А");
  const p2 = await pupil("Второй", "2010-01-01", 10, "Б");
  const p3 = await pupil("Третий", "2016-12-01", 4, "А");
  const p4 = await pupil("Четвёртый", "2016-12-02", 4, "А");
  const p5 = await pupil("Пятый", "2013-01-01", 7, "А");
  const p6 = await pupil("Шестой", "2011-01-01", 9, "А", "LEFT");
  const p7 = await pupil("Седьмой", "2012-02-02", 8, "А");
  // Staff: T5 has left the school.
  const t1 = await staff("Молодой", 2);
  await staff("Новенький", 1);
  const t3 = await staff("Опытный", 20);
  const t4 = await staff("Групповой", 10);
  await staff("Ушедший", 3, "2026-09-01");
  await staff("Нулевой", 0);

  const [m1, m3, m4, m5, m6, m7, mt1] = await Promise.all([p1, p3, p4, p5, p6, p7, t1].map((p) => menteeOf(p)));
  const [mentorP2, mentorT3, mentorT4] = await Promise.all([p2, t3, t4].map(mentorOf));
  void m3;
  const pupilPair = await mentorship(
    mentorP2.id,
    "PUPIL_PUPIL",
    "INDIVIDUAL",
    "ACTIVE",
    [{ menteeId: m1.id }, { menteeId: m5.id, leftOn: "2026-11-10" }],
    "2026-10-05",
  );
  await mentorship(mentorT3.id, "TEACHER_TEACHER", "INDIVIDUAL", "ACTIVE", [{ menteeId: mt1.id }], "2026-10-01");
  await mentorship(mentorT4.id, "TEACHER_PUPIL", "GROUP", "ACTIVE", [{ menteeId: m4.id }, { menteeId: m6.id }], "2026-10-01");
  await mentorship(mentorT3.id, "TEACHER_PUPIL", "INDIVIDUAL", "COMPLETED", [{ menteeId: m7.id }], "2026-09-10", "2026-11-15");

  for (const heldOn of ["2026-10-10", "2026-10-20", "2026-11-05", "2026-08-20"]) {
    await db.meeting.create({
      data: {
        schoolId,
        mentorshipId: pupilPair.id,
        type: "REGULAR",
        heldOn: day(heldOn),
        durationMinutes: 45,
        topic: "Встреча",
        createdById: curator.id,
      },
    });
  }

  if (satisfied.length > 0) {
    const template = await db.questionnaireTemplate.create({
      data: {
        schoolId,
        purpose: "SATISFACTION",
        audience: "MENTEE",
        title: "Удовлетворённость",
        questions: { create: [{ schoolId, position: 1, type: "SCALE", text: "Довольны ли вы?", scaleMin: 1, scaleMax: 10 }] },
      },
      include: { questions: true },
    });
    for (const value of satisfied) {
      const respondent = await user(["MENTEE"]);
      const subject = await db.person.create({
        data: { schoolId, lastName: `Отвечавший${value}`, firstName: "Тест", userId: respondent.id },
      });
      await db.questionnaireResponse.create({
        data: {
          schoolId,
          templateId: template.id,
          respondentId: respondent.id,
          subjectId: subject.id,
          status: "SUBMITTED",
          submittedAt: day("2026-11-20"),
          answers: { create: { schoolId, questionId: template.questions[0].id, numberValue: value } },
        },
      });
    }
  }
  return { schoolId, directorId: director.id, curatorId: curator.id, programmeId: programme.id };
}
