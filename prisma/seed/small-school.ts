import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { MentoringForm, StageNumber } from "../../lib/generated/prisma/enums";
import { buildProgramme } from "../../lib/roadmap/build-programme";
import { defaultTemplateContent } from "../../lib/roadmap/default-template";
import { stageOrder } from "../../lib/roadmap/labels";
import { schoolYearLabel, schoolYearStart } from "../../lib/roadmap/schedule";
import { randomName } from "./names";
import { createRandom } from "./random";

export interface SmallSchoolSpec {
  slug: string;
  name: string;
  shortName: string;
  seed: number;
  /** Pupils per class, one class per parallel 5–9. */
  pupilsPerClass: number;
  teachers: number;
  youngTeachers: number;
  /** Mentees per teacher-mentor: 1 is a pair, more a group. */
  groups: number[];
  stage: StageNumber;
  /** How many mentees answered the satisfaction questionnaire (under 5: the figure is hidden). */
  satisfied: number;
}

const DAY = 24 * 3600 * 1000;

/**
 * A smaller generated school of the demo municipality: a roster, a programme at `stage`, teacher-led pairs and groups
 * with meetings over the autumn, and some satisfaction answers. Accounts get `lockedHash` (nobody signs in to them).
 */
export async function insertSmallSchool(
  db: PrismaClient,
  spec: SmallSchoolSpec,
  {
    today,
    municipality,
    lockedHash,
    newId,
  }: { today: Date; municipality: { id: string; name: string }; lockedHash: string; newId: () => string },
) {
  const random = createRandom(spec.seed);
  const todayUtc = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const startYear = schoolYearStart(todayUtc);
  const daysAgo = (days: number) => new Date(todayUtc.getTime() - days * DAY);
  const schoolId = newId();
  const people: Prisma.PersonCreateManyInput[] = [];
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const person = (birthDate?: Date, userRole?: "DIRECTOR" | "CURATOR" | "MENTEE") => {
    const name = randomName(random);
    const id = newId();
    let userId: string | undefined;
    if (userRole) {
      userId = newId();
      users.push({
        id: userId,
        login: `${spec.slug}.${users.length + 1}`,
        displayName: `${name.lastName} ${name.firstName}`,
        passwordHash: lockedHash,
      });
      memberships.push({ userId, schoolId, role: userRole });
    }
    people.push({
      id,
      schoolId,
      lastName: name.lastName,
      firstName: name.firstName,
      middleName: name.middleName,
      birthDate,
      userId,
    });
    return { id, userId };
  };
  const director = person(undefined, "DIRECTOR");
  const curator = person(undefined, "CURATOR");
  const staff: Prisma.StaffCreateManyInput[] = [
    { schoolId, personId: director.id, position: "Директор", experienceYears: 22 },
    { schoolId, personId: curator.id, position: "Заместитель директора по УВР", experienceYears: 15 },
  ];
  const teachers = Array.from({ length: spec.teachers }, (_, i) => {
    const p = person();
    staff.push({
      schoolId,
      personId: p.id,
      position: "Учитель",
      experienceYears: i < spec.youngTeachers ? random.int(0, 3) : random.int(5, 30),
    });
    return p;
  });
  const pupils: Prisma.PupilCreateManyInput[] = [];
  const pupilIds: string[] = [];
  for (let grade = 5; grade <= 9; grade++) {
    for (let n = 0; n < spec.pupilsPerClass; n++) {
      const p = person(new Date(Date.UTC(startYear - grade - 7, random.int(0, 11), random.int(1, 28))));
      pupils.push({ schoolId, personId: p.id, grade, classLetter: "А" });
      pupilIds.push(p.id);
    }
  }

  const forms: MentoringForm[] = ["TEACHER_PUPIL", "TEACHER_TEACHER"];
  const plan = buildProgramme({
    schoolId,
    startYear,
    forms,
    content: defaultTemplateContent,
    newId,
    responsible: { CURATOR: curator.userId!, DIRECTOR: director.userId! },
  });
  const current = stageOrder.indexOf(spec.stage) + 1;
  const stagePosition = new Map(plan.stages.map((s) => [s.id, s.position]));
  const items = plan.items.map((item) => ({
    ...item,
    status: stagePosition.get(item.stageId)! < current ? ("DONE" as const) : ("PLANNED" as const),
  }));
  const programmeId = plan.programme.id!;

  const mentors: Prisma.MentorProfileCreateManyInput[] = [];
  const mentees: Prisma.MenteeProfileCreateManyInput[] = [];
  const mentorships: Prisma.MentorshipCreateManyInput[] = [];
  const links: Prisma.MentorshipMenteeCreateManyInput[] = [];
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const working = current >= stageOrder.indexOf("PAIR_WORK") + 1;
  const pupilQueue = [...pupilIds].reverse();
  const menteePersons: string[] = [];
  spec.groups.forEach((size, i) => {
    const mentorId = newId();
    const teacher = teachers[spec.youngTeachers + i];
    mentors.push({
      id: mentorId,
      schoolId,
      personId: teacher.id,
      category: "TEACHER",
      status: "READY",
      capacity: Math.max(size, 1),
    });
    const mentorshipId = newId();
    const startedOn = daysAgo(random.int(50, 80));
    mentorships.push({
      id: mentorshipId,
      schoolId,
      programmeId,
      mentorId,
      form: "TEACHER_PUPIL",
      format: size > 1 ? "GROUP" : "INDIVIDUAL",
      status: working ? "ACTIVE" : "FORMING",
      startedOn: working ? startedOn : null,
    });
    for (let k = 0; k < size; k++) {
      const personId = pupilQueue.pop()!;
      const menteeId = newId();
      mentees.push({ id: menteeId, schoolId, personId, kind: "PUPIL" });
      links.push({ schoolId, mentorshipId, menteeId, joinedOn: working ? startedOn : null });
      menteePersons.push(personId);
    }
    if (working) {
      for (let day = 40; day >= 0; day -= 14) {
        meetings.push({
          schoolId,
          mentorshipId,
          type: "REGULAR",
          heldOn: daysAgo(day + random.int(0, 5)),
          durationMinutes: 45,
          topic: "Встреча по плану",
          createdById: curator.userId!,
        });
      }
    }
  });
  // A young teacher in the base without a pair yet.
  mentees.push({ id: newId(), schoolId, personId: teachers[0].id, kind: "YOUNG_TEACHER" });

  const templateId = newId();
  const questionId = newId();
  const responses: Prisma.QuestionnaireResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  for (const subjectId of menteePersons.slice(0, spec.satisfied)) {
    const respondent = people.find((p) => p.id === subjectId)!;
    const userId = newId();
    users.push({
      id: userId,
      login: `${spec.slug}.${users.length + 1}`,
      displayName: `${respondent.lastName} ${respondent.firstName}`,
      passwordHash: lockedHash,
    });
    memberships.push({ userId, schoolId, role: "MENTEE" });
    respondent.userId = userId;
    const responseId = newId();
    responses.push({
      id: responseId,
      schoolId,
      templateId,
      respondentId: userId,
      subjectId,
      status: "SUBMITTED",
      submittedAt: daysAgo(3),
    });
    answers.push({ schoolId, responseId, questionId, numberValue: random.int(6, 10) });
  }

  await db.$transaction(
    async (tx) => {
      await tx.school.create({
        data: {
          id: schoolId,
          slug: spec.slug,
          name: spec.name,
          shortName: spec.shortName,
          municipality: municipality.name,
          municipalityId: municipality.id,
        },
      });
      await tx.user.createMany({ data: users });
      await tx.membership.createMany({ data: memberships });
      await tx.person.createMany({ data: people });
      await tx.staff.createMany({ data: staff });
      await tx.pupil.createMany({ data: pupils });
      await tx.programme.createMany({
        data: [
          {
            ...plan.programme,
            title: `Программа наставничества, ${schoolYearLabel(startYear)} учебный год`,
            currentStage: spec.stage,
          },
        ],
      });
      await tx.programmeStage.createMany({ data: plan.stages });
      await tx.roadmapItem.createMany({ data: items });
      await tx.mentorProfile.createMany({ data: mentors });
      await tx.menteeProfile.createMany({ data: mentees });
      await tx.mentorship.createMany({ data: mentorships });
      await tx.mentorshipMentee.createMany({ data: links });
      await tx.meeting.createMany({ data: meetings });
      await tx.questionnaireTemplate.create({
        data: {
          id: templateId,
          schoolId,
          purpose: "SATISFACTION",
          audience: "MENTEE",
          title: "Удовлетворённость наставляемого",
          questions: {
            create: {
              id: questionId,
              schoolId,
              position: 1,
              type: "SCALE",
              text: "Насколько вы довольны работой с наставником?",
              scaleMin: 1,
              scaleMax: 10,
            },
          },
        },
      });
      await tx.questionnaireResponse.createMany({ data: responses });
      await tx.answer.createMany({ data: answers });
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return schoolId;
}
