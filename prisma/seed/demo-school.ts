import type { Prisma } from "../../lib/generated/prisma/client";
import type { MeetingType, MentorCategory, MentoringForm, Role, WorkFormat } from "../../lib/generated/prisma/enums";
import { buildProgramme } from "../../lib/roadmap/build-programme";
import { DEFAULT_TEMPLATE_NAME, defaultTemplateContent } from "../../lib/roadmap/default-template";
import { schoolYearLabel, schoolYearStart } from "../../lib/roadmap/schedule";
import { familyStem, randomName, type FullName } from "./names";
import { defaultConsentTexts } from "../../lib/consent/default-texts";
import { rosterKey } from "../../lib/roster/roster-key";
import { buildMonitoring } from "./monitoring";
import { addMatchingProfiles } from "./matching-profiles";
import { buildParticipants } from "./participants";
import { seedQuestionnaires } from "./questionnaires";
import { createRandom } from "./random";

export const DEMO_SLUG = "demo";
export const DEMO_PASSWORD = "nastavnik2026";

export const demoLogins = [
  { login: "curator", role: "CURATOR", description: "куратор программы, заместитель директора по ВР" },
  { login: "director", role: "DIRECTOR", description: "директор школы" },
  { login: "admin", role: "ADMIN", description: "администратор: учётные записи" },
  { login: "psychologist", role: "PSYCHOLOGIST", description: "педагог-психолог: конфиденциальные сведения о наставляемых" },
  { login: "mentor", role: "MENTOR", description: "наставник, учитель; она же мама ученицы 9 «А» (две роли)" },
  { login: "mentee", role: "MENTEE", description: "наставляемый, ученик 7 «А»" },
  { login: "parent", role: "PARENT", description: "отец наставляемого" },
] as const;

const subjects = [
  "математики",
  "русского языка и литературы",
  "физики",
  "химии",
  "биологии",
  "истории",
  "английского языка",
  "информатики",
  "географии",
  "физической культуры",
  "музыки",
  "технологии",
];
const topics = [
  "Разбор сложных задач по математике",
  "Подготовка к школьному этапу олимпиады",
  "Как планировать неделю",
  "Выбор темы проекта",
  "Работа над проектом: план",
  "Профессии будущего",
  "Как готовиться к контрольной без стресса",
  "Чтение и обсуждение книги",
  "Подготовка выступления",
  "Итоги месяца",
];
const meetingPlan: MeetingType[] = ["ACQUAINTANCE", "TRIAL", "PLANNING", "REGULAR", "REGULAR", "REGULAR", "REGULAR"];
const DAY = 24 * 3600 * 1000;

interface Options {
  today: Date;
  demoHash: string;
  lockedHash: string;
  newId: () => string;
}

/** The whole demo school as rows ready for createMany, built from a fixed random seed. */
export function buildDemoSchool({ today, demoHash, lockedHash, newId }: Options) {
  const random = createRandom(20261124);
  const schoolId = newId();
  const todayUtc = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const startYear = schoolYearStart(todayUtc);
  const daysAgo = (days: number) => new Date(todayUtc.getTime() - days * DAY);

  const school: Prisma.SchoolCreateInput = {
    id: schoolId,
    slug: DEMO_SLUG,
    name: "МБОУ «Средняя школа № 17» г. Кстово",
    shortName: "Школа № 17",
    municipality: "Кстовский муниципальный округ",
  };
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const people: Prisma.PersonCreateManyInput[] = [];
  const pupils: Prisma.PupilCreateManyInput[] = [];
  const staff: Prisma.StaffCreateManyInput[] = [];
  const parentLinks: Prisma.ParentChildCreateManyInput[] = [];

  const displayName = (n: FullName) => `${n.lastName} ${n.firstName} ${n.middleName}`;
  function addUser(login: string, name: FullName, roles: Role[], demo = false): string {
    const id = newId();
    users.push({ id, login, displayName: displayName(name), passwordHash: demo ? demoHash : lockedHash });
    for (const role of roles) memberships.push({ userId: id, schoolId, role });
    return id;
  }
  function addPerson(name: FullName, birthDate?: Date): string {
    const id = newId();
    people.push({ id, schoolId, lastName: name.lastName, firstName: name.firstName, middleName: name.middleName, birthDate });
    return id;
  }
  const linkUser = (personId: string, userId: string) => {
    people.find((p) => p.id === personId)!.userId = userId;
  };

  // Staff: the administration and 40 teachers, the first five of them young specialists (0–3 years).
  const addStaff = (position: string, experienceYears: number, name = randomName(random)) => {
    const personId = addPerson(name);
    staff.push({ schoolId, personId, position, experienceYears });
    return { personId, name, experienceYears };
  };
  const director = addStaff("Директор", 27, randomName(random, { female: true }));
  linkUser(director.personId, addUser("director", director.name, ["DIRECTOR"], true));
  const curator = addStaff("Заместитель директора по воспитательной работе", 18, randomName(random, { female: true }));
  const curatorUserId = addUser("curator", curator.name, ["CURATOR"], true);
  linkUser(curator.personId, curatorUserId);
  const directorUserId = users.find((u) => u.login === "director")!.id!;
  const admin = addStaff("Заместитель директора по информатизации", 12);
  linkUser(admin.personId, addUser("admin", admin.name, ["ADMIN"], true));
  const psychologist = addStaff("Педагог-психолог", 9, randomName(random, { female: true }));
  const psychologistUserId = addUser("psychologist", psychologist.name, ["PSYCHOLOGIST"], true);
  linkUser(psychologist.personId, psychologistUserId);
  const teachers = Array.from({ length: 40 }, (_, i) =>
    addStaff(`Учитель ${subjects[i % subjects.length]}`, i < 5 ? random.int(0, 3) : random.int(4, 36)),
  );

  // Pupils: classes 5–11, «А» and «Б», 21 each, every pupil with a parent.
  const pupilsByGrade = new Map<number, { personId: string; name: FullName; parentId: string; classLabel: string }[]>();
  for (let grade = 5; grade <= 11; grade++) {
    for (const letter of ["А", "Б"]) {
      for (let n = 0; n < 21; n++) {
        const name = randomName(random);
        const birthYear = startYear - grade - 7;
        const birthDate = new Date(Date.UTC(birthYear, 8 + random.int(0, 11), random.int(1, 28)));
        const personId = addPerson(name, birthDate);
        pupils.push({ schoolId, personId, grade, classLetter: letter });
        const parentName = randomName(random, { female: random.chance(0.7), lastName: familyStem(name.lastName) });
        const parentId = addPerson(parentName);
        parentLinks.push({ schoolId, parentId, childId: personId });
        const list = pupilsByGrade.get(grade) ?? [];
        list.push({ personId, name, parentId, classLabel: `${grade}${letter}` });
        pupilsByGrade.set(grade, list);
      }
    }
  }
  const takePupil = (grade: number) => pupilsByGrade.get(grade)!.shift()!;

  // The programme of this school year from the built-in template, at stage 6: stages 1–5 and 6.1–6.3 done.
  const forms: MentoringForm[] = [
    "TEACHER_PUPIL",
    "PUPIL_PUPIL",
    "TEACHER_TEACHER",
    "STUDENT_PUPIL",
    "EMPLOYER_PUPIL",
    "PARENT_PUPIL",
  ];
  const plan = buildProgramme({
    schoolId,
    startYear,
    forms,
    content: defaultTemplateContent,
    newId,
    responsible: { CURATOR: curatorUserId, DIRECTOR: directorUserId },
  });
  const programmeId = plan.programme.id!;
  const programme = {
    ...plan.programme,
    title: `Программа наставничества «Школа наставничества», ${schoolYearLabel(startYear)} учебный год`,
    currentStage: "PAIR_WORK" as const,
  };
  const stageOfItem = new Map(plan.stages.map((s) => [s.id, s.position]));
  const roadmapItems = plan.items.map((item): Prisma.RoadmapItemCreateManyInput => {
    const stagePosition = stageOfItem.get(item.stageId)!;
    const status =
      stagePosition < 6 || ["6.1", "6.2", "6.3"].includes(item.code) ? "DONE" : item.code === "6.4" ? "IN_PROGRESS" : "PLANNED";
    return { ...item, status, completedAt: status === "DONE" ? daysAgo(45 - stagePosition * 5) : null };
  });
  const stages = plan.stages;
  const workPlan = plan.workPlan;
  const roadmapTemplates = [{ schoolId, name: DEFAULT_TEMPLATE_NAME, content: defaultTemplateContent }];

  // Mentors, mentees and 25 pairs/groups across all six forms.
  const mentors: Prisma.MentorProfileCreateManyInput[] = [];
  const mentees: Prisma.MenteeProfileCreateManyInput[] = [];
  const mentorships: Prisma.MentorshipCreateManyInput[] = [];
  const mentorshipMentees: Prisma.MentorshipMenteeCreateManyInput[] = [];
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const attendance: Prisma.MeetingAttendanceCreateManyInput[] = [];
  const menteeUsers: { userId: string; personId: string; menteeId: string }[] = [];
  let accountNo = 0;

  const mentorFrom = (personId: string, name: FullName, category: MentorCategory, competencies: string, userId?: string) => {
    const id = newId();
    mentors.push({ id, schoolId, personId, category, status: "READY", competencies, capacity: 4 });
    const ownUserId = userId ?? addUser(`mentor.${++accountNo}`, name, ["MENTOR"]);
    if (!userId) linkUser(personId, ownUserId);
    return { id, userId: ownUserId };
  };
  const menteeFrom = (personId: string, name: FullName, kind: "PUPIL" | "YOUNG_TEACHER", request: string, userId?: string) => {
    const id = newId();
    mentees.push({ id, schoolId, personId, kind, request });
    const ownUserId = userId ?? addUser(`${kind === "PUPIL" ? "pupil" : "teacher"}.${++accountNo}`, name, ["MENTEE"]);
    if (!userId) linkUser(personId, ownUserId);
    menteeUsers.push({ userId: ownUserId, personId, menteeId: id });
    return id;
  };
  // The director's order that fixed the pairs below (stage 5.4); each pair started working on or after its date.
  const orderId = newId();
  const pairOrders: Prisma.PairOrderCreateManyInput[] = [
    {
      id: orderId,
      schoolId,
      programmeId,
      kind: "INITIAL",
      status: "APPROVED",
      number: "112-о",
      signedOn: daysAgo(76),
      submittedById: curatorUserId,
      submittedAt: daysAgo(78),
      decidedById: directorUserId,
      decidedAt: daysAgo(76),
    },
  ];
  const addMentorship = (
    mentor: { id: string; userId: string },
    menteeIds: string[],
    form: MentoringForm,
    format: WorkFormat,
    goal: string,
    variant?: string,
  ) => {
    const id = newId();
    const startedOn = daysAgo(random.int(60, 75));
    mentorships.push({
      id,
      schoolId,
      programmeId,
      mentorId: mentor.id,
      form,
      format,
      variant,
      goal,
      status: "ACTIVE",
      startedOn,
      orderId,
    });
    for (const menteeId of menteeIds) mentorshipMentees.push({ schoolId, mentorshipId: id, menteeId, joinedOn: startedOn });
    const meetingCount = random.int(3, meetingPlan.length);
    for (let i = 0; i < meetingCount; i++) {
      const meetingId = newId();
      meetings.push({
        id: meetingId,
        schoolId,
        mentorshipId: id,
        type: meetingPlan[i],
        heldOn: new Date(startedOn.getTime() + (i * 8 + random.int(1, 3)) * DAY),
        durationMinutes: random.pick([30, 40, 45, 60]),
        topic:
          i < 3
            ? ["Знакомство, ожидания от работы", "Пробная рабочая встреча", "Составление индивидуального плана"][i]
            : random.pick(topics),
        summary: i < 3 ? null : "Обсудили прогресс, наметили задачи до следующей встречи.",
        createdById: mentor.userId,
      });
      for (const menteeId of menteeIds) attendance.push({ schoolId, meetingId, menteeId, attended: random.chance(0.9) });
    }
    return id;
  };

  // The demo mentor: an experienced teacher with a pair and a group, and the mother of a pupil in 9 «А».
  const demoTeacher = teachers[5];
  const demoMentorUserId = addUser("mentor", demoTeacher.name, ["MENTOR", "PARENT"], true);
  // The group final meeting of all pairs is the demo mentor's to organise.
  roadmapItems.find((item) => item.code === "6.7")!.responsibleId = demoMentorUserId;
  linkUser(demoTeacher.personId, demoMentorUserId);
  const demoMentor = mentorFrom(
    demoTeacher.personId,
    demoTeacher.name,
    "TEACHER",
    "Математика, олимпиадная подготовка",
    demoMentorUserId,
  );

  const demoPupil = takePupil(7);
  const demoMenteeUserId = addUser("mentee", demoPupil.name, ["MENTEE"], true);
  linkUser(demoPupil.personId, demoMenteeUserId);
  const demoMenteeId = menteeFrom(
    demoPupil.personId,
    demoPupil.name,
    "PUPIL",
    "Низкая мотивация к учёбе, трудности с математикой",
    demoMenteeUserId,
  );
  const demoParentName = people.find((p) => p.id === demoPupil.parentId)!;
  const demoParentUserId = addUser(
    "parent",
    { ...demoParentName, middleName: demoParentName.middleName ?? "", female: true },
    ["PARENT"],
    true,
  );
  linkUser(demoPupil.parentId, demoParentUserId);
  addMentorship(demoMentor, [demoMenteeId], "TEACHER_PUPIL", "INDIVIDUAL", "Повысить успеваемость по математике до «4»");
  const groupIds = [0, 1, 2].map(() => {
    const p = takePupil(8);
    return menteeFrom(p.personId, p.name, "PUPIL", "Подготовка к олимпиаде по математике");
  });
  addMentorship(demoMentor, groupIds, "TEACHER_PUPIL", "GROUP", "Подготовка к муниципальному этапу олимпиады");

  const requests = [
    "Низкая мотивация к учёбе",
    "Адаптация в новом классе",
    "Выбор профессии",
    "Трудности в общении",
    "Одарённость: углублённое изучение предмета",
    "Неуспеваемость по предмету",
  ];
  for (const [i, teacher] of teachers.slice(6, 13).entries()) {
    const pupil = takePupil(5 + (i % 5));
    const mentor = mentorFrom(teacher.personId, teacher.name, "TEACHER", `Предмет: ${teacher.name.lastName}`);
    addMentorship(
      mentor,
      [menteeFrom(pupil.personId, pupil.name, "PUPIL", random.pick(requests))],
      "TEACHER_PUPIL",
      i === 6 ? "ONLINE" : "INDIVIDUAL",
      "Индивидуальная поддержка по запросу ученика",
    );
  }
  for (let i = 0; i < 3; i++) {
    const young = teachers[i];
    const mentor = mentorFrom(teachers[13 + i].personId, teachers[13 + i].name, "TEACHER", "Методика, классное руководство");
    addMentorship(
      mentor,
      [menteeFrom(young.personId, young.name, "YOUNG_TEACHER", "Адаптация молодого специалиста")],
      "TEACHER_TEACHER",
      "INDIVIDUAL",
      "Адаптация молодого специалиста в коллективе",
      "молодой специалист – опытный педагог",
    );
  }
  const variants = ["отличник – двоечник", "лидер – тихоня", "равный – равному"];
  const demoMentorChild = takePupil(9);
  parentLinks.push({ schoolId, parentId: demoTeacher.personId, childId: demoMentorChild.personId });
  for (let i = 0; i < 8; i++) {
    const senior = takePupil(10 + (i % 2));
    const junior = i === 0 ? demoMentorChild : takePupil(5 + (i % 3));
    const mentor = mentorFrom(senior.personId, senior.name, "SENIOR_PUPIL", "Помощь с учёбой, школьные проекты");
    addMentorship(
      mentor,
      [menteeFrom(junior.personId, junior.name, "PUPIL", random.pick(requests))],
      "PUPIL_PUPIL",
      i === 7 ? "ONLINE" : "INDIVIDUAL",
      "Помощь в учёбе и адаптации",
      variants[i % 3],
    );
  }
  for (let i = 0; i < 2; i++) {
    const name = randomName(random);
    const mentor = mentorFrom(addPerson(name), name, "UNIVERSITY_STUDENT", "Студент ННГУ им. Лобачевского, IT");
    const pupil = takePupil(9 + i);
    addMentorship(
      mentor,
      [menteeFrom(pupil.personId, pupil.name, "PUPIL", "Выбор профессии")],
      "STUDENT_PUPIL",
      "MIXED",
      "Профориентация в IT",
    );
  }
  for (let i = 0; i < 2; i++) {
    const name = randomName(random);
    const mentor = mentorFrom(addPerson(name), name, "PARTNER_EMPLOYEE", "Инженер предприятия-партнёра");
    const group = [0, 1, 2, 3].map(() => {
      const p = takePupil(9 + (i % 3));
      return menteeFrom(p.personId, p.name, "PUPIL", "Профессиональное самоопределение");
    });
    addMentorship(mentor, group, "EMPLOYER_PUPIL", "GROUP", "Проект «Инженерная профессия»");
  }
  {
    const parentOf = takePupil(6);
    const parentPerson = people.find((p) => p.id === parentOf.parentId)!;
    const parentName = { ...parentPerson, middleName: parentPerson.middleName ?? "", female: true };
    const mentor = mentorFrom(parentOf.parentId, parentName, "PARENT", "Врач, профориентация");
    const pupil = takePupil(8);
    addMentorship(
      mentor,
      [menteeFrom(pupil.personId, pupil.name, "PUPIL", "Интерес к медицине")],
      "PARENT_PUPIL",
      "MIXED",
      "Знакомство с профессией врача",
    );
  }

  // Still in selection: three teachers who applied and an alumnus interviewed but without the certificate yet;
  // pupils of classes 5–6 in the base of mentees, waiting for a mentor.
  for (const t of teachers.slice(16, 19)) {
    mentors.push({
      id: newId(),
      schoolId,
      personId: t.personId,
      category: "TEACHER",
      status: "CANDIDATE",
      competencies: "Предметная подготовка",
      capacity: 2,
    });
  }
  mentors.push({
    id: newId(),
    schoolId,
    personId: addPerson(randomName(random), new Date(Date.UTC(startYear - 22, 4, 12))),
    category: "ALUMNUS",
    status: "INTERVIEWED",
    competencies: "Выпускник 2022 года, программирование",
    capacity: 2,
  });
  for (let i = 0; i < 8; i++) {
    const p = takePupil(5 + (i % 2));
    mentees.push({ id: newId(), schoolId, personId: p.personId, kind: "PUPIL", request: random.pick(requests) });
  }

  // Questionnaires: satisfaction answered by most mentees; the demo mentee and the parents still have theirs to fill.
  const { templates, questions, templateIds } = seedQuestionnaires(schoolId, newId);
  const responses: Prisma.QuestionnaireResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const satisfactionId = templateIds.get("mentee-satisfaction")!;
  const parentSurveyId = templateIds.get("parent-survey")!;
  const dueOn = new Date(todayUtc.getTime() + 14 * DAY);
  for (const [i, m] of menteeUsers.entries()) {
    const submitted = m.userId !== demoMenteeUserId && i % 4 !== 3;
    const responseId = newId();
    responses.push({
      id: responseId,
      schoolId,
      templateId: satisfactionId,
      respondentId: m.userId,
      subjectId: m.personId,
      dueOn,
      status: submitted ? "SUBMITTED" : "PENDING",
      submittedAt: submitted ? daysAgo(random.int(1, 10)) : null,
    });
    if (!submitted) continue;
    for (const q of questions.filter((q) => q.templateId === satisfactionId)) {
      if (q.type === "SCALE") answers.push({ schoolId, responseId, questionId: q.id, numberValue: random.int(5, 10) });
      if (q.type === "SINGLE_CHOICE")
        answers.push({ schoolId, responseId, questionId: q.id, textValue: random.pick(q.options as string[]) });
      if (q.type === "MULTIPLE_CHOICE")
        answers.push({ schoolId, responseId, questionId: q.id, choices: [random.pick(q.options as string[])] });
    }
  }
  responses.push(
    { schoolId, templateId: parentSurveyId, respondentId: demoParentUserId, subjectId: demoPupil.personId, dueOn },
    { schoolId, templateId: parentSurveyId, respondentId: demoMentorUserId, subjectId: demoMentorChild.personId, dueOn },
  );
  const monitoring = buildMonitoring(
    {
      schoolId,
      programmeId,
      curatorUserId,
      todayUtc,
      templateIds,
      questions,
      people,
      mentors,
      mentees,
      mentorships,
      mentorshipMentees,
      responses,
    },
    newId,
  );
  responses.push(...monitoring.responses);
  answers.push(...monitoring.answers);

  // Keys as if the roster came from the journal's files, so a real import updates these people instead of adding them.
  const usedKeys = new Set<string>();
  const keyPeople = (rows: { personId: string }[], kind: "PUPILS" | "STAFF") => {
    for (const { personId } of rows) {
      const person = people.find((p) => p.id === personId)!;
      const key = rosterKey(kind, {
        localId: null,
        ...person,
        middleName: person.middleName ?? null,
        birthDate: (person.birthDate as Date) ?? null,
      });
      if (!usedKeys.has(key)) person.rosterKey = key;
      usedKeys.add(key);
    }
  };
  keyPeople(pupils, "PUPILS");
  keyPeople(staff, "STAFF");

  addMatchingProfiles(mentors, mentees);
  const texts = defaultConsentTexts(school.name);
  const participants = buildParticipants(
    {
      schoolId,
      startYear,
      today: todayUtc,
      curatorUserId,
      psychologistUserId,
      people,
      pupils,
      staff,
      parentLinks,
      mentors,
      mentees,
      consentTexts: (["MENTORING", "PUBLICATION"] as const).map((purpose) => ({ purpose, ...texts[purpose] })),
      inAppConsentFor: [demoPupil.personId],
      demoMentorId: demoMentor.id,
    },
    random,
    newId,
  );

  // Stage 7: the programme's final event, planned a month ahead at 15:00 Moscow time (12:00 UTC); nobody invited yet.
  const finalEvents: Prisma.FinalEventCreateManyInput[] = [
    {
      id: newId(),
      schoolId,
      programmeId,
      title: "Торжественное подведение итогов программы наставничества",
      startsAt: new Date(todayUtc.getTime() + 30 * DAY + 12 * 60 * 60 * 1000),
      place: "Актовый зал, 2 этаж",
      createdById: curatorUserId,
    },
  ];

  return {
    finalEvents,
    school,
    users,
    memberships,
    people,
    pupils,
    staff,
    parentLinks,
    programme,
    stages,
    roadmapItems,
    workPlan,
    roadmapTemplates,
    mentees,
    pairOrders,
    mentorships,
    mentorshipMentees,
    meetings,
    attendance,
    templates,
    questions,
    responses,
    answers,
    campaigns: monitoring.campaigns,
    ...participants,
  };
}
