import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CandidateFacts } from "./rank-candidates";

/**
 * The facts behind the award candidates, per mentor of the programme's working or completed pairs, in one statement:
 * meetings held, the individual plans' tasks (done of those not cancelled), the mentees' meeting feedback (scales
 * brought to 1–5, with the number of answers) and the mentees' achievements (all, and prizes and wins).
 */
export async function loadCandidateFacts(
  db: PrismaClient,
  schoolId: string,
  programmeId: string,
  today: Date,
): Promise<CandidateFacts[]> {
  return db.$queryRaw<CandidateFacts[]>`
    WITH pairs AS (
      SELECT m.id, m."mentorId"
      FROM "Mentorship" m
      WHERE m."schoolId" = ${schoolId} AND m."programmeId" = ${programmeId} AND m.status IN ('ACTIVE', 'COMPLETED')
    ),
    meetings AS (
      SELECT pairs."mentorId", count(*)::int AS n
      FROM "Meeting" mt JOIN pairs ON pairs.id = mt."mentorshipId"
      WHERE mt."heldOn" <= ${today}::date
      GROUP BY pairs."mentorId"
    ),
    tasks AS (
      SELECT pairs."mentorId",
        count(t.id) FILTER (WHERE t.status = 'DONE')::int AS done,
        count(t.id) FILTER (WHERE t.status <> 'CANCELLED')::int AS total
      FROM "IndividualPlan" ip
      JOIN pairs ON pairs.id = ip."mentorshipId"
      JOIN "PlanGoal" g ON g."planId" = ip.id
      JOIN "PlanTask" t ON t."goalId" = g.id
      GROUP BY pairs."mentorId"
    ),
    feedback AS (
      SELECT pairs."mentorId",
        avg(1 + 4.0 * (a."numberValue" - q."scaleMin") / NULLIF(q."scaleMax" - q."scaleMin", 0))::float8 AS mean,
        count(DISTINCT r.id)::int AS responses
      FROM "MeetingFeedbackRequest" fr
      JOIN pairs ON pairs.id = fr."mentorshipId"
      JOIN "QuestionnaireResponse" r ON r.id = fr."responseId" AND r.status = 'SUBMITTED'
      JOIN "Answer" a ON a."responseId" = r.id AND a."numberValue" IS NOT NULL
      JOIN "Question" q ON q.id = a."questionId" AND q.type = 'SCALE'
      GROUP BY pairs."mentorId"
    ),
    achievements AS (
      SELECT pairs."mentorId", count(*)::int AS n,
        count(*) FILTER (WHERE ac.result IN ('PRIZE_WINNER', 'WINNER'))::int AS prizes
      FROM "Achievement" ac JOIN pairs ON pairs.id = ac."mentorshipId"
      GROUP BY pairs."mentorId"
    ),
    mentors AS (SELECT DISTINCT "mentorId" FROM pairs)
    SELECT mentors."mentorId",
      p."lastName", p."firstName", p."middleName",
      COALESCE(meetings.n, 0) AS "meetingsHeld",
      COALESCE(tasks.done, 0) AS "tasksDone", COALESCE(tasks.total, 0) AS "tasksTotal",
      feedback.mean AS "feedbackMean", COALESCE(feedback.responses, 0) AS "feedbackResponses",
      COALESCE(achievements.n, 0) AS achievements, COALESCE(achievements.prizes, 0) AS prizes
    FROM mentors
    JOIN "MentorProfile" mp ON mp.id = mentors."mentorId" AND mp."schoolId" = ${schoolId}
    JOIN "Person" p ON p.id = mp."personId"
    LEFT JOIN meetings ON meetings."mentorId" = mentors."mentorId"
    LEFT JOIN tasks ON tasks."mentorId" = mentors."mentorId"
    LEFT JOIN feedback ON feedback."mentorId" = mentors."mentorId"
    LEFT JOIN achievements ON achievements."mentorId" = mentors."mentorId"`;
}
