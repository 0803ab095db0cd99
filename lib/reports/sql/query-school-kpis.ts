import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { StageNumber } from "@/lib/generated/prisma/enums";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";
import { activePeopleSql } from "./active-people-sql";

/** The KPIs of each school, as counted by one SQL statement grouped by school (no rows reach JavaScript). */
export interface SchoolKpiRow {
  schoolId: string;
  schoolName: string;
  minAge: number;
  target: number;
  /** Enrolled pupils of the age band (the school's setting, 10+ by default) and those in a working pair or group. */
  pupils: number;
  covered: number;
  /** Staff of the roster (pedagogical workers) still working, and those leading a working pair or group. */
  teachers: number;
  teacherMentors: number;
  /** Staff with 0–3 years of experience, and those who are mentees of a working pair or group. */
  youngTeachers: number;
  youngTeacherMentees: number;
  /** The base of mentees, and those who got a pair or group (working or completed). */
  mentees: number;
  menteesPaired: number;
  /** Mean of every 1–10 answer to a satisfaction questionnaire; null under MIN_GROUP_SIZE people (decided in SQL). */
  satisfaction: number | null;
  satisfactionPeople: number;
  /** How many such answers there are (shown next to the mean). */
  satisfactionAnswers: number;
  currentStage: StageNumber | null;
  stageTitle: string | null;
  programmeTitle: string | null;
  overdueItems: number;
}

/**
 * Everything per school in one statement: each CTE groups by school, the school row joins them. `today` is the
 * calendar day the age band and overdue items are counted on.
 */
export async function querySchoolKpis(db: PrismaClient, schoolIds: string[], today: Date): Promise<SchoolKpiRow[]> {
  if (schoolIds.length === 0) return [];
  const ids = Prisma.sql`${schoolIds}::text[]`;
  const day = Prisma.sql`${today}::date`;
  const rows = await db.$queryRaw<SchoolKpiRow[]>`
    WITH ${activePeopleSql(ids)},
    pupil_kpi AS (
      SELECT pu."schoolId", count(*)::int AS pupils, count(am."personId")::int AS covered
      FROM "Pupil" pu
      JOIN "Person" pe ON pe.id = pu."personId"
      JOIN "School" s ON s.id = pu."schoolId"
      LEFT JOIN active_people am ON am."personId" = pe.id
      WHERE pu."schoolId" = ANY(${ids}) AND pu.status = 'ENROLLED'
        AND pe."birthDate" <= (${day} - make_interval(years => s."coverageMinAge"))::date
      GROUP BY pu."schoolId"
    ),
    staff_kpi AS (
      SELECT st."schoolId",
        count(*)::int AS teachers,
        count(*) FILTER (WHERE mr."personId" IS NOT NULL)::int AS "teacherMentors",
        count(*) FILTER (WHERE st."experienceYears" <= 3)::int AS "youngTeachers",
        count(*) FILTER (WHERE st."experienceYears" <= 3 AND me."personId" IS NOT NULL)::int AS "youngTeacherMentees"
      FROM "Staff" st
      LEFT JOIN active_mentors mr ON mr."personId" = st."personId"
      LEFT JOIN active_mentees me ON me."personId" = st."personId"
      WHERE st."schoolId" = ANY(${ids}) AND st."leftAt" IS NULL
      GROUP BY st."schoolId"
    ),
    mentee_kpi AS (
      SELECT mp."schoolId", count(*)::int AS mentees,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "MentorshipMentee" mm JOIN "Mentorship" m ON m.id = mm."mentorshipId"
          WHERE mm."menteeId" = mp.id AND m.status IN ('ACTIVE', 'COMPLETED')
        ))::int AS "menteesPaired"
      FROM "MenteeProfile" mp
      WHERE mp."schoolId" = ANY(${ids})
      GROUP BY mp."schoolId"
    ),
    satisfaction_kpi AS (
      SELECT r."schoolId", avg(a."numberValue")::float AS average,
        least(count(DISTINCT r."respondentId"), count(DISTINCT r."subjectId"))::int AS people, count(*)::int AS answers
      FROM "Answer" a
      JOIN "QuestionnaireResponse" r ON r.id = a."responseId"
      JOIN "QuestionnaireTemplate" t ON t.id = r."templateId"
      JOIN "Question" q ON q.id = a."questionId"
      WHERE r."schoolId" = ANY(${ids}) AND r.status = 'SUBMITTED' AND t.purpose = 'SATISFACTION'
        AND q.type = 'SCALE' AND a."numberValue" IS NOT NULL
      GROUP BY r."schoolId"
    ),
    programme_kpi AS (
      SELECT DISTINCT ON (p."schoolId") p."schoolId", p.title, p."currentStage",
        (SELECT ps.title FROM "ProgrammeStage" ps
          WHERE ps."programmeId" = p.id AND ps.number = p."currentStage") AS "stageTitle",
        (SELECT count(*)::int FROM "RoadmapItem" i
          WHERE i."programmeId" = p.id AND i."dueOn" < ${day} AND i.status IN ('PLANNED', 'IN_PROGRESS')) AS overdue
      FROM "Programme" p
      WHERE p."schoolId" = ANY(${ids})
      ORDER BY p."schoolId", p."startYear" DESC
    )
    SELECT s.id AS "schoolId", s.name AS "schoolName", s."coverageMinAge" AS "minAge", s."coverageTarget" AS target,
      coalesce(pk.pupils, 0) AS pupils, coalesce(pk.covered, 0) AS covered,
      coalesce(sk.teachers, 0) AS teachers, coalesce(sk."teacherMentors", 0) AS "teacherMentors",
      coalesce(sk."youngTeachers", 0) AS "youngTeachers", coalesce(sk."youngTeacherMentees", 0) AS "youngTeacherMentees",
      coalesce(mk.mentees, 0) AS mentees, coalesce(mk."menteesPaired", 0) AS "menteesPaired",
      CASE WHEN sa.people >= ${MIN_GROUP_SIZE} THEN round(sa.average::numeric, 1)::float END AS satisfaction,
      coalesce(sa.people, 0) AS "satisfactionPeople", coalesce(sa.answers, 0) AS "satisfactionAnswers",
      pr."currentStage"::text AS "currentStage", pr."stageTitle", pr.title AS "programmeTitle", coalesce(pr.overdue, 0) AS "overdueItems"
    FROM "School" s
    LEFT JOIN pupil_kpi pk ON pk."schoolId" = s.id
    LEFT JOIN staff_kpi sk ON sk."schoolId" = s.id
    LEFT JOIN mentee_kpi mk ON mk."schoolId" = s.id
    LEFT JOIN satisfaction_kpi sa ON sa."schoolId" = s.id
    LEFT JOIN programme_kpi pr ON pr."schoolId" = s.id
    WHERE s.id = ANY(${ids})
    ORDER BY s.name`;
  return rows;
}
