// No "server-only": the generator runs from the command line and from tests.
import {
  auditActions,
  femaleNames,
  femalePatronymics,
  maleNames,
  malePatronymics,
  meetingTopics,
  scaleSurnames,
} from "./scale-names";
import { menteePupil, menteesOf, mentorPupil, type ScaleSpec } from "./scale-spec";

export interface ScaleSchool {
  /** 1-based number of the school in the run: ids and logins carry it. */
  number: number;
  schoolId: string;
  programmeId: string;
  /** The school year's 1 September and today, as SQL date literals' text (YYYY-MM-DD). */
  yearStart: string;
  today: string;
  seed: number;
  passwordHash: string;
  templates: Record<"mentee-satisfaction" | "mentor-satisfaction" | "parent-survey" | "monitoring" | "meeting-feedback", string>;
  mentoringTextId: string;
}

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
const array = (values: readonly string[]) => `ARRAY[${values.map(text).join(",")}]`;

/**
 * The statements that fill one school's people, pairs, meetings, answers and audit on the database server itself
 * (INSERT … SELECT over generate_series: nothing crosses the wire but the statement). Every value comes from the row
 * number and the seed through hashtext, so the same seed gives the same data on every run. `people` (with their
 * accounts) go first: the programme's roadmap names the curator; `work` needs the programme and the templates.
 */
export function scaleSchoolSql(s: ScaleSchool, spec: ScaleSpec): { people: string[]; work: string[] } {
  const k = s.number;
  const school = text(s.schoolId);
  const rnd = (key: string, n: number) => `(abs(hashtext('${s.seed}:${k}:' || ${key})) % ${n})`;
  const pick = (values: readonly string[], key: string) => `(${array(values)})[1 + ${rnd(key, values.length)}]`;
  const female = (key: string) => `${rnd(`'f' || ${key}`, 2)} = 1`;
  const person = (id: string, key: string, familyKey = key) => `
    ${id}, ${school},
    ${pick(scaleSurnames, familyKey)} || CASE WHEN ${female(key)} THEN 'а' ELSE '' END,
    CASE WHEN ${female(key)} THEN ${pick(femaleNames, key)} ELSE ${pick(maleNames, key)} END,
    CASE WHEN ${female(key)} THEN ${pick(femalePatronymics, familyKey)} ELSE ${pick(malePatronymics, familyKey)} END`;
  const mentees = menteesOf(spec);
  const mentors = spec.staffMentors + spec.pupilMentors;
  const mentorPerson = (m: string) =>
    `CASE WHEN ${m} <= ${spec.staffMentors} THEN 'z${k}-st-' || (2 + ${m}) ELSE 'z${k}-pu-' || ${mentorPupil(`(${m} - ${spec.staffMentors})`)} END`;
  const mentorOf = (j: string) => `(1 + (${j} - 1) % ${mentors})`;
  const statusOf = (j: string) =>
    `(CASE WHEN ${j} % 10 = 7 THEN 'FORMING' WHEN ${j} % 10 = 3 THEN 'COMPLETED' ELSE 'ACTIVE' END)::"MentorshipStatus"`;
  const startedOf = (j: string) => `('${s.yearStart}'::date + 14 + ${j} % 10)`;
  const firstSlot = (j: string) => `((${j} - 1) + 2 * ((${j} - 1) / ${spec.groupEvery}) + 1)`;
  const userPeople = `
    SELECT id FROM "Person" WHERE "schoolId" = ${school} AND (
      id IN (SELECT 'z${k}-st-' || i FROM generate_series(1, ${spec.staffMentors + 2}) i)
      OR id IN (SELECT 'z${k}-pu-' || ${menteePupil("n")} FROM generate_series(1, ${mentees}) n)
      OR id IN (SELECT 'z${k}-pu-' || ${mentorPupil("r")} FROM generate_series(1, ${spec.pupilMentors}) r)
      OR id IN (SELECT 'z${k}-pa-' || ${menteePupil("n")} FROM generate_series(1, ${mentees}) n))`;
  const login = `CASE p.id WHEN 'z${k}-st-1' THEN 's${k}.director' WHEN 'z${k}-st-2' THEN 's${k}.curator'
      WHEN 'z${k}-st-3' THEN 's${k}.mentor' WHEN 'z${k}-pu-5' THEN 's${k}.mentee' WHEN 'z${k}-pa-5' THEN 's${k}.parent'
      ELSE 's${k}.' || substring(p.id from ${`z${k}-`.length + 1}) END`;
  const respond = (
    templateKey: keyof ScaleSchool["templates"],
    respondent: string,
    subject: string,
    series: string,
    tag: string,
  ) => `
    INSERT INTO "QuestionnaireResponse" (id, "schoolId", "templateId", "respondentId", "subjectId", status, "submittedAt", "createdAt")
    SELECT 'z${k}-r${tag}-' || n, ${school}, ${text(s.templates[templateKey])}, ${respondent}, ${subject}, 'SUBMITTED',
      '${s.today}'::date - ${rnd(`'r${tag}' || n`, 60)}, '${s.yearStart}'::date + 20
    FROM ${series}`;

  const people = [
    // People: pupils, a parent of each, staff.
    `INSERT INTO "Person" (id, "schoolId", "lastName", "firstName", "middleName", "birthDate")
     SELECT ${person(`'z${k}-pu-' || i`, `'pu' || i`)},
       make_date(${s.yearStart.slice(0, 4)} - 6 - (1 + (i - 1) % 11), 1 + ${rnd("'b' || i", 12)}, 1 + ${rnd("'d' || i", 28)})
     FROM generate_series(1, ${spec.pupils}) i`,
    `INSERT INTO "Person" (id, "schoolId", "lastName", "firstName", "middleName")
     SELECT ${person(`'z${k}-pa-' || i`, `'pa' || i`, `'pu' || i`)} FROM generate_series(1, ${spec.pupils}) i`,
    `INSERT INTO "Person" (id, "schoolId", "lastName", "firstName", "middleName")
     SELECT ${person(`'z${k}-st-' || i`, `'st' || i`)} FROM generate_series(1, ${spec.staff}) i`,
    `INSERT INTO "Pupil" (id, "schoolId", "personId", grade, "classLetter")
     SELECT 'z${k}-pupil-' || i, ${school}, 'z${k}-pu-' || i, 1 + (i - 1) % 11, (ARRAY['А','Б','В'])[1 + ((i - 1) / 11) % 3]
     FROM generate_series(1, ${spec.pupils}) i`,
    `INSERT INTO "Staff" (id, "schoolId", "personId", position, "experienceYears")
     SELECT 'z${k}-staff-' || i, ${school}, 'z${k}-st-' || i,
       CASE i WHEN 1 THEN 'Директор' WHEN 2 THEN 'Заместитель директора по ВР' ELSE 'Учитель' END,
       CASE WHEN i % 8 = 0 THEN ${rnd("'x' || i", 4)} ELSE 4 + ${rnd("'x' || i", 30)} END
     FROM generate_series(1, ${spec.staff}) i`,
    `INSERT INTO "ParentChild" (id, "schoolId", "parentId", "childId")
     SELECT 'z${k}-pc-' || i, ${school}, 'z${k}-pa-' || i, 'z${k}-pu-' || i FROM generate_series(1, ${spec.pupils}) i`,
    // Accounts of the director, the curator, the mentors, the mentees and their parents.
    `INSERT INTO "User" (id, login, "passwordHash", "displayName", "updatedAt")
     SELECT 'u-' || p.id, ${login}, ${text(s.passwordHash)}, p."lastName" || ' ' || p."firstName", now()
     FROM "Person" p WHERE p.id IN (${userPeople})`,
    `UPDATE "Person" SET "userId" = 'u-' || id WHERE id IN (${userPeople})`,
    `INSERT INTO "Membership" (id, "userId", "schoolId", role)
     SELECT 'mb-' || u.id, u.id, ${school},
       (CASE WHEN u.id = 'u-z${k}-st-1' THEN 'DIRECTOR' WHEN u.id = 'u-z${k}-st-2' THEN 'CURATOR'
        WHEN u.id LIKE 'u-z${k}-st-%' THEN 'MENTOR' WHEN u.id LIKE 'u-z${k}-pa-%' THEN 'PARENT'
        WHEN u.id IN (SELECT 'u-z${k}-pu-' || ${mentorPupil("r")} FROM generate_series(1, ${spec.pupilMentors}) r) THEN 'MENTOR'
        ELSE 'MENTEE' END)::"Role"
     FROM "User" u WHERE u.id LIKE 'u-z${k}-%'`,
  ];
  const work = [
    // The bases, the pairs and groups, their meetings with attendance.
    `INSERT INTO "MentorProfile" (id, "schoolId", "personId", category, status, capacity, competencies)
     SELECT 'z${k}-mr-' || m, ${school}, ${mentorPerson("m")},
       (CASE WHEN m <= ${spec.staffMentors} THEN 'TEACHER' ELSE 'SENIOR_PUPIL' END)::"MentorCategory", 'READY', 5,
       ${pick(meetingTopics, "'c' || m")}
     FROM generate_series(1, ${mentors}) m`,
    `INSERT INTO "MenteeProfile" (id, "schoolId", "personId", kind, request)
     SELECT 'z${k}-me-' || n, ${school}, 'z${k}-pu-' || ${menteePupil("n")}, 'PUPIL', ${pick(meetingTopics, "'q' || n")}
     FROM generate_series(1, ${mentees}) n`,
    `INSERT INTO "Mentorship" (id, "schoolId", "programmeId", "mentorId", form, format, status, "startedOn", "endedOn")
     SELECT 'z${k}-ms-' || j, ${school}, ${text(s.programmeId)}, 'z${k}-mr-' || ${mentorOf("j")},
       (CASE WHEN ${mentorOf("j")} <= ${spec.staffMentors} THEN 'TEACHER_PUPIL' ELSE 'PUPIL_PUPIL' END)::"MentoringForm",
       (CASE WHEN j % ${spec.groupEvery} = 0 THEN 'GROUP' ELSE 'INDIVIDUAL' END)::"WorkFormat",
       ${statusOf("j")},
       CASE WHEN j % 10 <> 7 THEN ${startedOf("j")} END,
       CASE WHEN j % 10 = 3 THEN LEAST('${s.today}'::date, ${startedOf("j")} + 70) END
     FROM generate_series(1, ${spec.mentorships}) j`,
    `INSERT INTO "MentorshipMentee" (id, "schoolId", "mentorshipId", "menteeId", "joinedOn")
     SELECT 'z${k}-mm-' || (${firstSlot("j")} + slot), ${school}, 'z${k}-ms-' || j, 'z${k}-me-' || (${firstSlot("j")} + slot),
       CASE WHEN j % 10 <> 7 THEN ${startedOf("j")} END
     FROM generate_series(1, ${spec.mentorships}) j
     CROSS JOIN LATERAL generate_series(0, CASE WHEN j % ${spec.groupEvery} = 0 THEN 2 ELSE 0 END) slot`,
    `INSERT INTO "Meeting" (id, "schoolId", "mentorshipId", type, "heldOn", "durationMinutes", topic, summary, "createdById")
     SELECT 'z${k}-mt-' || j || '-' || q, ${school}, 'z${k}-ms-' || j,
       (CASE WHEN q = 1 THEN 'ACQUAINTANCE' WHEN q = 2 THEN 'TRIAL' WHEN q = 3 THEN 'PLANNING'
        WHEN q = ${spec.meetingsPerPair} AND j % 10 = 3 THEN 'FINAL' ELSE 'REGULAR' END)::"MeetingType",
       ${startedOf("j")} + 3 * (q - 1), 30 + 15 * ${rnd("'t' || j || '-' || q", 3)},
       ${pick(meetingTopics, "'m' || j || '-' || q")}, 'Обсудили задачи, договорились о следующих шагах',
       'u-' || ${mentorPerson(mentorOf("j"))}
     FROM generate_series(1, ${spec.mentorships}) j
     CROSS JOIN generate_series(1, ${spec.meetingsPerPair}) q
     WHERE j % 10 <> 7 AND ${startedOf("j")} + 3 * (q - 1) <= '${s.today}'::date`,
    `INSERT INTO "MeetingAttendance" (id, "schoolId", "meetingId", "menteeId", attended)
     SELECT 'z${k}-at-' || mt.id || '-' || mm."menteeId", ${school}, mt.id, mm."menteeId", ${rnd('mt.id || mm."menteeId"', 10)} <> 0
     FROM "Meeting" mt JOIN "MentorshipMentee" mm ON mm."mentorshipId" = mt."mentorshipId"
     WHERE mt."schoolId" = ${school}`,
    // Consent of each mentee's parent, and questionnaires answered.
    `INSERT INTO "Consent" (id, "schoolId", "textId", purpose, "subjectId", "giverId", "giverRole", method, "givenOn")
     SELECT 'z${k}-cs-' || n, ${school}, ${text(s.mentoringTextId)}, 'MENTORING', 'z${k}-pu-' || ${menteePupil("n")},
       'z${k}-pa-' || ${menteePupil("n")}, 'PARENT', 'PAPER', '${s.yearStart}'::date + 5
     FROM generate_series(1, ${mentees}) n`,
    respond(
      "mentee-satisfaction",
      `'u-z${k}-pu-' || ${menteePupil("n")}`,
      `'z${k}-pu-' || ${menteePupil("n")}`,
      `generate_series(1, ${mentees}) n`,
      "ms",
    ),
    respond(
      "monitoring",
      `'u-z${k}-pu-' || ${menteePupil("n")}`,
      `'z${k}-pu-' || ${menteePupil("n")}`,
      `generate_series(1, ${mentees}) n`,
      "mo",
    ),
    respond(
      "meeting-feedback",
      `'u-z${k}-pu-' || ${menteePupil("n")}`,
      `'z${k}-pu-' || ${menteePupil("n")}`,
      `generate_series(1, ${mentees}) n`,
      "mf",
    ),
    respond(
      "parent-survey",
      `'u-z${k}-pa-' || ${menteePupil("n")}`,
      `'z${k}-pu-' || ${menteePupil("n")}`,
      `generate_series(1, ${mentees}) n`,
      "ps",
    ),
    respond("mentor-satisfaction", `'u-' || ${mentorPerson("n")}`, mentorPerson("n"), `generate_series(1, ${mentors}) n`, "rs"),
    // Each mentee's «after» monitoring is still to fill in: the mentee's and parent's dashboards have one waiting.
    `INSERT INTO "QuestionnaireResponse" (id, "schoolId", "templateId", "respondentId", "subjectId", status, "dueOn", "createdAt")
     SELECT 'z${k}-rp-' || n, ${school}, ${text(s.templates.monitoring)}, 'u-z${k}-pu-' || ${menteePupil("n")},
       'z${k}-pu-' || ${menteePupil("n")}, 'PENDING', '${s.today}'::date + 14, '${s.today}'::date - 3
     FROM generate_series(1, ${mentees}) n`,
    `INSERT INTO "Answer" (id, "schoolId", "responseId", "questionId", "numberValue", "textValue")
     SELECT r.id || '-' || q.position, ${school}, r.id, q.id,
       CASE WHEN q.type = 'SCALE' THEN coalesce(q."scaleMin", 1)
         + ${rnd("r.id || q.position", 1000)} % (coalesce(q."scaleMax", 10) - coalesce(q."scaleMin", 1) + 1) END,
       CASE WHEN q.type = 'SINGLE_CHOICE' THEN q.options[1 + ${rnd("r.id || q.position", 1000)} % greatest(cardinality(q.options), 1)] END
     FROM "QuestionnaireResponse" r JOIN "Question" q ON q."templateId" = r."templateId"
     WHERE r."schoolId" = ${school} AND r.status = 'SUBMITTED' AND (q.type = 'SCALE' OR (q.type = 'SINGLE_CHOICE' AND cardinality(q.options) > 0))`,
    // The audit of a year's work: reads and writes about the school's pupils by the curator.
    `INSERT INTO "AuditEntry" (id, "schoolId", "userId", action, "entityType", "entityId", "createdAt")
     SELECT 'z${k}-au-' || i, ${school}, 'u-z${k}-st-2', ${pick(auditActions, "'a' || i")}, 'Person',
       'z${k}-pu-' || (1 + ${rnd("'e' || i", spec.pupils)}),
       '${s.today}'::timestamp - make_interval(secs => ${rnd("'s' || i", 90 * 24 * 3600)})
     FROM generate_series(1, ${spec.auditEntries}) i`,
  ];
  return { people, work };
}
