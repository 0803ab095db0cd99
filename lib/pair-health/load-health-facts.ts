import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { PairHealthFacts } from "./health-rules";

export interface PairHealthRow extends PairHealthFacts {
  mentorId: string;
  /** The mentor's account, to nudge; null for a mentor without one. */
  mentorUserId: string | null;
  meetingCount: number;
  meetingMinutes: number;
}

/** How far back the mentees' meeting feedback counts for "low feedback". */
export const FEEDBACK_WINDOW_DAYS = 45;

/**
 * The facts of pair health for every active pair of a school in one statement (optionally one mentor's pairs): the
 * last meeting held by `today`, the meetings' count and minutes, the recent feedback mean (scales brought to 1–5) and
 * the overdue questionnaires of the pair's mentees, their parents (about the child) and the mentor, and whether its
 * individual plans have a task left open.
 */
export async function loadHealthFacts(
  db: PrismaClient,
  schoolId: string,
  today: Date,
  only: { mentorId?: string } = {},
): Promise<PairHealthRow[]> {
  const feedbackSince = new Date(today.getTime() - FEEDBACK_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const mentorFilter = only.mentorId ? Prisma.sql`AND m."mentorId" = ${only.mentorId}` : Prisma.empty;
  return db.$queryRaw<PairHealthRow[]>`
    WITH pairs AS (
      SELECT m.id, m."mentorId", m."startedOn", p."userId" AS "mentorUserId"
      FROM "Mentorship" m
      JOIN "MentorProfile" mp ON mp.id = m."mentorId"
      JOIN "Person" p ON p.id = mp."personId"
      WHERE m."schoolId" = ${schoolId} AND m.status = 'ACTIVE' ${mentorFilter}
    ),
    meetings AS (
      SELECT mt."mentorshipId", max(mt."heldOn") AS "lastMeetingOn", count(*)::int AS n, sum(mt."durationMinutes")::int AS minutes
      FROM "Meeting" mt JOIN pairs ON pairs.id = mt."mentorshipId"
      WHERE mt."heldOn" <= ${today}::date
      GROUP BY mt."mentorshipId"
    ),
    feedback AS (
      SELECT fr."mentorshipId",
        avg(1 + 4.0 * (a."numberValue" - q."scaleMin") / NULLIF(q."scaleMax" - q."scaleMin", 0))::float8 AS mean
      FROM "MeetingFeedbackRequest" fr
      JOIN pairs ON pairs.id = fr."mentorshipId"
      JOIN "QuestionnaireResponse" r ON r.id = fr."responseId" AND r.status = 'SUBMITTED' AND r."submittedAt" >= ${feedbackSince}
      JOIN "Answer" a ON a."responseId" = r.id AND a."numberValue" IS NOT NULL
      JOIN "Question" q ON q.id = a."questionId" AND q.type = 'SCALE'
      GROUP BY fr."mentorshipId"
    ),
    plans AS (
      SELECT ip."mentorshipId",
        count(t.id) FILTER (WHERE t.status IN ('OPEN', 'IN_PROGRESS'))::int AS "openTasks"
      FROM "IndividualPlan" ip
      JOIN pairs ON pairs.id = ip."mentorshipId"
      LEFT JOIN "PlanGoal" g ON g."planId" = ip.id
      LEFT JOIN "PlanTask" t ON t."goalId" = g.id
      GROUP BY ip."mentorshipId"
    ),
    overdue AS (
      SELECT pairs.id AS "mentorshipId", count(DISTINCT r.id)::int AS n
      FROM pairs
      JOIN "QuestionnaireResponse" r ON r."schoolId" = ${schoolId} AND r.status = 'PENDING' AND r."dueOn" < ${today}::date
        AND (r."respondentId" = pairs."mentorUserId" OR r."subjectId" IN (
          SELECT me."personId" FROM "MentorshipMentee" mm JOIN "MenteeProfile" me ON me.id = mm."menteeId"
          WHERE mm."mentorshipId" = pairs.id AND mm."leftOn" IS NULL))
      LEFT JOIN "QuestionnaireCampaign" c ON c.id = r."campaignId"
      WHERE c."closedAt" IS NULL
      GROUP BY pairs.id
    )
    SELECT pairs.id AS "mentorshipId", pairs."mentorId", pairs."mentorUserId", pairs."startedOn",
      meetings."lastMeetingOn", COALESCE(meetings.n, 0) AS "meetingCount", COALESCE(meetings.minutes, 0) AS "meetingMinutes",
      feedback.mean AS "feedbackMean", COALESCE(overdue.n, 0) AS "overdueQuestionnaires",
      plans."mentorshipId" IS NOT NULL AS "hasPlan", COALESCE(plans."openTasks", 0) AS "openTasks"
    FROM pairs
    LEFT JOIN meetings ON meetings."mentorshipId" = pairs.id
    LEFT JOIN feedback ON feedback."mentorshipId" = pairs.id
    LEFT JOIN overdue ON overdue."mentorshipId" = pairs.id
    LEFT JOIN plans ON plans."mentorshipId" = pairs.id
    ORDER BY pairs.id`;
}
