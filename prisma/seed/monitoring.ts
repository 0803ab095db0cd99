import type { Prisma } from "../../lib/generated/prisma/client";
import type { MonitoringParameterCode } from "../../lib/questionnaires/monitoring-parameters";
import { createRandom, type Random } from "./random";

const DAY = 24 * 3600 * 1000;

interface Input {
  schoolId: string;
  programmeId: string;
  curatorUserId: string;
  todayUtc: Date;
  templateIds: Map<string | null | undefined, string>;
  questions: Prisma.QuestionCreateManyInput[];
  people: Prisma.PersonCreateManyInput[];
  mentors: Prisma.MentorProfileCreateManyInput[];
  mentees: Prisma.MenteeProfileCreateManyInput[];
  mentorships: Prisma.MentorshipCreateManyInput[];
  mentorshipMentees: Prisma.MentorshipMenteeCreateManyInput[];
  /** The rows built so far: submitted mentee satisfaction answers are filed under a campaign of the programme. */
  responses: Prisma.QuestionnaireResponseCreateManyInput[];
}

/** A participant's value before and after, with plausible growth; clamped to the question's bounds. */
const growth: Record<MonitoringParameterCode, (r: Random) => [number, number]> = {
  AVERAGE_GRADE: (r) => {
    const before = r.int(30, 45);
    return [before / 10, Math.min(50, before + r.int(-1, 4)) / 10];
  },
  LEARNING_INTEREST: (r) => step(r, r.int(3, 7), -1, 3),
  STRESS: (r) => step(r, r.int(4, 8), -3, 1),
  OLYMPIADS: (r) => step(r, r.int(0, 2), 0, 3),
  JOINT_PROJECT: (r) => [0, r.int(1, 4)],
  SOFT_SKILLS: (r) => step(r, r.int(3, 7), -1, 2),
  EXTRACURRICULAR: (r) => step(r, r.int(2, 7), -1, 3),
  WISH_TO_MENTOR: (r) => step(r, r.int(2, 6), -1, 3),
};

function step(r: Random, before: number, down: number, up: number): [number, number] {
  return [before, before + r.int(down, up)];
}

/**
 * Monitoring of the demo programme: the monitoring questionnaire answered by the pupils in pairs at the start of the
 * pairs' work and again now (stage 2), the mentors' satisfaction, and the mentees' satisfaction filed under a campaign (stage 1).
 * Its own random seed, so the rest of the demo school stays as it was.
 */
export function buildMonitoring(input: Input, newId: () => string) {
  const random = createRandom(20261126);
  const { schoolId, programmeId, curatorUserId, todayUtc } = input;
  const daysAgo = (days: number) => new Date(todayUtc.getTime() - days * DAY);
  const campaigns: Prisma.QuestionnaireCampaignCreateManyInput[] = [];
  const responses: Prisma.QuestionnaireResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const userOf = new Map(input.people.map((p) => [p.id!, p.userId ?? null]));
  const questionsOf = (templateId: string) => input.questions.filter((q) => q.templateId === templateId);

  const campaign = (
    templateKey: string,
    title: string,
    audience: Prisma.InputJsonValue,
    createdDaysAgo: number,
    extra: Partial<Prisma.QuestionnaireCampaignCreateManyInput> = {},
  ) => {
    const row = {
      id: newId(),
      schoolId,
      programmeId,
      templateId: input.templateIds.get(templateKey)!,
      title,
      audience,
      createdById: curatorUserId,
      createdAt: daysAgo(createdDaysAgo),
      dueOn: daysAgo(createdDaysAgo - 14),
      ...extra,
    };
    campaigns.push(row);
    return row;
  };

  // Pupils in pairs (young teachers answer other questionnaires), with their account.
  const pupilMentees = input.mentees.filter(
    (m) => m.kind === "PUPIL" && input.mentorshipMentees.some((mm) => mm.menteeId === m.id),
  );
  const pupils = pupilMentees.flatMap((m) =>
    userOf.get(m.personId) ? [{ personId: m.personId, userId: userOf.get(m.personId)! }] : [],
  );
  const audience = { kind: "CHOSEN_PEOPLE", personIds: pupils.map((p) => p.personId) };
  const before = campaign("monitoring", "Мониторинг результатов: входная анкета", audience, 62, {
    monitoringPhase: "BEFORE",
    closedAt: daysAgo(45),
  });
  const after = campaign("monitoring", "Мониторинг результатов: итоговая анкета", audience, 8, {
    monitoringPhase: "AFTER",
    dueOn: daysAgo(-10),
  });
  const monitoringQuestions = questionsOf(before.templateId);
  for (const [i, pupil] of pupils.entries()) {
    const values = new Map(monitoringQuestions.map((q) => [q.id!, growth[q.parameter as MonitoringParameterCode](random)]));
    // Most answered both times; a few have not yet answered the final questionnaire.
    const phases = i % 9 === 8 ? [before] : [before, after];
    for (const phase of [before, after]) {
      const submitted = phases.includes(phase);
      const responseId = newId();
      responses.push({
        id: responseId,
        schoolId,
        templateId: phase.templateId,
        campaignId: phase.id,
        respondentId: pupil.userId,
        subjectId: pupil.personId,
        dueOn: phase.dueOn,
        status: submitted ? "SUBMITTED" : "PENDING",
        submittedAt: submitted ? daysAgo(phase === before ? random.int(50, 60) : random.int(1, 6)) : null,
      });
      if (!submitted) continue;
      for (const q of monitoringQuestions) {
        answers.push({ schoolId, responseId, questionId: q.id!, numberValue: values.get(q.id!)![phase === before ? 0 : 1] });
      }
    }
  }

  // Stage 1: the mentors' satisfaction, and the mentees' submitted answers filed under their own campaign.
  const mentorPeople = [...new Set(input.mentorships.map((m) => input.mentors.find((p) => p.id === m.mentorId)!.personId))];
  const mentorSatisfaction = campaign(
    "mentor-satisfaction",
    "Удовлетворённость наставников: первое полугодие",
    { kind: "PROGRAMME_MENTORS" },
    12,
    { closedAt: daysAgo(1) },
  );
  for (const personId of mentorPeople) {
    const userId = userOf.get(personId);
    if (!userId) continue;
    const responseId = newId();
    responses.push({
      id: responseId,
      schoolId,
      templateId: mentorSatisfaction.templateId,
      campaignId: mentorSatisfaction.id,
      respondentId: userId,
      subjectId: personId,
      dueOn: mentorSatisfaction.dueOn,
      status: "SUBMITTED",
      submittedAt: daysAgo(random.int(2, 10)),
    });
    for (const q of questionsOf(mentorSatisfaction.templateId)) {
      if (q.type === "SCALE") answers.push({ schoolId, responseId, questionId: q.id!, numberValue: random.int(6, 10) });
      if (q.type === "MULTIPLE_CHOICE")
        answers.push({ schoolId, responseId, questionId: q.id!, choices: [random.pick(q.options as string[])] });
    }
  }
  const menteeSatisfactionId = input.templateIds.get("mentee-satisfaction")!;
  const answered = input.responses.filter(
    (r) => r.templateId === menteeSatisfactionId && r.status === "SUBMITTED" && !r.campaignId,
  );
  const menteeSatisfaction = campaign(
    "mentee-satisfaction",
    "Удовлетворённость наставляемых: первое полугодие",
    { kind: "CHOSEN_PEOPLE", personIds: answered.map((r) => r.subjectId) },
    12,
    { closedAt: daysAgo(1) },
  );
  // Only the submitted ones: the pending ones stay outside any campaign, on the mentees' dashboards as before.
  for (const response of answered) response.campaignId = menteeSatisfaction.id;

  return { campaigns, responses, answers };
}
