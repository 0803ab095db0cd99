import type { Prisma } from "../../lib/generated/prisma/client";
import type { MenteeRequestKind, InformationSource, MentoringForm, WorkFormat } from "../../lib/generated/prisma/enums";
import { consentRequirement, requiredGivers } from "../../lib/consent/consent-rules";
import type { Random } from "./random";

const DAY = 24 * 3600 * 1000;

interface School {
  schoolId: string;
  startYear: number;
  today: Date;
  curatorUserId: string;
  psychologistUserId: string;
  people: Prisma.PersonCreateManyInput[];
  pupils: Prisma.PupilCreateManyInput[];
  staff: Prisma.StaffCreateManyInput[];
  parentLinks: Prisma.ParentChildCreateManyInput[];
  mentors: Prisma.MentorProfileCreateManyInput[];
  mentees: Prisma.MenteeProfileCreateManyInput[];
  consentTexts: { purpose: "MENTORING" | "PUBLICATION"; title: string; body: string }[];
  /** The demo mentor, who leads mentees[1] in a group: the psychologist's note on that pupil is shared with them. */
  demoMentorId: string;
  /** Pupils whose parent gave the consent in the app rather than on paper. */
  inAppConsentFor: string[];
}

const requestKinds: [RegExp, MenteeRequestKind][] = [
  [/мотивац/i, "LOW_MOTIVATION"],
  [/неуспеваем|успеваем|трудност/i, "POOR_PERFORMANCE"],
  [/адаптац.*класс/i, "ADAPTATION"],
  [/молодого специалиста/i, "PROFESSIONAL_GROWTH"],
  [/одарён|олимпиад/i, "GIFTEDNESS"],
  [/професс|медицин/i, "CAREER_CHOICE"],
  [/общени/i, "COMMUNICATION"],
];
const sources: InformationSource[] = ["CLASS_TEACHER", "PERSONAL_FILE", "PARENT_SURVEY", "QUESTIONNAIRE", "CAREER_TEST"];
const preferred: Record<string, { forms: MentoringForm[]; formats: WorkFormat[] }> = {
  TEACHER: { forms: ["TEACHER_PUPIL", "TEACHER_TEACHER"], formats: ["INDIVIDUAL", "GROUP"] },
  SENIOR_PUPIL: { forms: ["PUPIL_PUPIL"], formats: ["INDIVIDUAL", "ONLINE"] },
  UNIVERSITY_STUDENT: { forms: ["STUDENT_PUPIL"], formats: ["MIXED", "ONLINE"] },
  PARTNER_EMPLOYEE: { forms: ["EMPLOYER_PUPIL"], formats: ["GROUP"] },
  PARENT: { forms: ["PARENT_PUPIL"], formats: ["MIXED"] },
  ALUMNUS: { forms: ["STUDENT_PUPIL", "EMPLOYER_PUPIL"], formats: ["INDIVIDUAL"] },
};

/**
 * Stages 2–4 of the demo school: consents (class 5 «Б» still has its forms out), requests of the mentees with
 * a confidential one, the mentors' profiles with certificates, interviews and the school of mentors.
 */
export function buildParticipants(s: School, random: Random, newId: () => string) {
  const { schoolId, today } = s;
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY);
  const september = new Date(Date.UTC(s.startYear, 8, 10));
  const personById = new Map(s.people.map((p) => [p.id!, p]));
  const parentOf = new Map(s.parentLinks.map((l) => [l.childId, l.parentId]));

  const consentTexts = s.consentTexts.map((t) => ({ id: newId(), schoolId, version: 1, ...t }));
  const mentoringTextId = consentTexts.find((t) => t.purpose === "MENTORING")!.id;
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const consentFor = (subjectId: string, isPupil: boolean) => {
    const subject = personById.get(subjectId)!;
    const birthDate = subject.birthDate ? new Date(subject.birthDate) : null;
    const requirement = consentRequirement({ birthDate, isPupil }, today);
    for (const giver of requiredGivers(requirement)) {
      const giverId = giver === "SELF" ? subjectId : parentOf.get(subjectId);
      if (!giverId) continue;
      const inApp = giver === "REPRESENTATIVE" && s.inAppConsentFor.includes(subjectId);
      consents.push({
        schoolId,
        textId: mentoringTextId,
        purpose: "MENTORING",
        subjectId,
        giverId,
        giverRole: giver === "SELF" ? "SELF" : "PARENT",
        method: inApp ? "IN_APP" : "PAPER",
        givenOn: inApp ? daysAgo(20) : september,
        recordedById: inApp ? null : s.curatorUserId,
      });
    }
  };
  const newClass = (p: Prisma.PupilCreateManyInput) => p.grade === 5 && p.classLetter === "Б";
  for (const pupil of s.pupils) if (!newClass(pupil)) consentFor(pupil.personId, true);
  const pupilIds = new Set(s.pupils.map((p) => p.personId));
  for (const m of s.mentors) if (!pupilIds.has(m.personId)) consentFor(m.personId, false);
  for (const m of s.mentees) if (!pupilIds.has(m.personId)) consentFor(m.personId, false);

  // Stage 2: each mentee's request by the catalogue, and one confidential fact shared with the mentor.
  const menteeRequests: Prisma.MenteeRequestCreateManyInput[] = s.mentees.map((m) => ({
    schoolId,
    menteeId: m.id!,
    kind: requestKinds.find(([re]) => re.test(m.request ?? ""))?.[1] ?? "OTHER",
    source: random.pick(sources),
    addedById: s.curatorUserId,
    details: m.request ?? null,
  }));
  menteeRequests.push(
    {
      schoolId,
      menteeId: s.mentees[1].id!,
      kind: "HEALTH_LIMITATIONS",
      source: "PSYCHOLOGIST",
      confidential: true,
      sharedWithMentorId: s.demoMentorId,
      addedById: s.psychologistUserId,
      details: "Быстрая утомляемость: занятия не дольше 30 минут, с перерывом.",
    },
    {
      schoolId,
      menteeId: s.mentees[4].id!,
      kind: "COMMUNICATION",
      source: "PSYCHOLOGIST",
      confidential: true,
      addedById: s.psychologistUserId,
      details: "Тревожность в новых ситуациях; рекомендована спокойная обстановка встреч.",
    },
  );

  // Stages 3–4: partner, profiles with certificates for outside adults, interviews, the school of mentors.
  const partner = {
    id: newId(),
    schoolId,
    name: "ООО «Волгатехмаш»",
    contact: "Отдел кадров, +7 831 000-00-00",
    agreement: "Соглашение о сотрудничестве № 12 от 01.09.2025",
  };
  const mentors = s.mentors.map((m) => ({
    ...m,
    strengths: m.category === "TEACHER" ? "Терпение, умение объяснить сложное просто" : "Пример для младших, открытость",
    preferredForms: preferred[m.category].forms,
    preferredFormats: preferred[m.category].formats,
    availability: random.pick([
      "Вторник и четверг после 15:00",
      "Понедельник, среда после уроков",
      "Суббота утром",
      "По договорённости, онлайн",
    ]),
    // The alumnus still in selection has not brought the certificate yet.
    certificateIssuedOn: ["UNIVERSITY_STUDENT", "PARTNER_EMPLOYEE", "PARENT"].includes(m.category)
      ? daysAgo(random.int(60, 200))
      : null,
    partnerId: m.category === "PARTNER_EMPLOYEE" ? partner.id : null,
    statusChangedAt: september,
  }));
  const selected = mentors.filter((m) => m.status === "READY" || m.status === "INTERVIEWED");
  const interviews: Prisma.MentorInterviewCreateManyInput[] = selected.map((m) => ({
    schoolId,
    mentorId: m.id!,
    heldOn: new Date(september.getTime() + 7 * DAY),
    interviewerId: s.curatorUserId,
    notes: "Мотивирован, готов уделять программе 1–2 часа в неделю.",
    recommendation: "RECOMMENDED",
  }));
  const training = {
    id: newId(),
    schoolId,
    title: "Школа наставника: роль наставника и первая встреча",
    heldOn: new Date(september.getTime() + 14 * DAY),
    description: "Установочное занятие для наставников программы.",
  };
  const trainingAttendance: Prisma.TrainingAttendanceCreateManyInput[] = mentors
    .filter((m) => m.status === "READY")
    .map((m) => ({ schoolId, eventId: training.id, mentorId: m.id!, attended: true }));

  return {
    consentTexts,
    consents,
    menteeRequests,
    partners: [partner],
    mentors,
    interviews,
    trainingEvents: [training],
    trainingAttendance,
  };
}
