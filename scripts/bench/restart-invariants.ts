// After the restart: no half-written record. A submitted questionnaire carries its answers to every required question,
// its submission time, no draft and its audit entry (one transaction writes them all); a pending one has no answers;
// every meeting logged during the run has one attendance row per current mentee of the pair and its audit entry (only
// the run's: the demo seed writes meetings without attendance rows and submissions without audit entries). And what the app acknowledged is stored: every submit answered `ok` is SUBMITTED, every logged meeting is there.
import pg from "pg";
import type { Check } from "./restart-timeline";
import { POOL_PREFIX } from "./submit-pool";

export interface Acknowledged {
  /** Questionnaires whose submit was answered ok. */
  submitted: string[];
  /** Meeting logs answered ok. */
  meetings: number;
}

const SUBMITTED_INCOMPLETE = `
  SELECT r.id FROM "QuestionnaireResponse" r
   WHERE r.status = 'SUBMITTED' AND (r.id LIKE '${POOL_PREFIX}%' OR r."submittedAt" >= $1)
     AND (r."submittedAt" IS NULL OR r.draft IS NOT NULL
          OR EXISTS (SELECT 1 FROM "Question" q WHERE q."templateId" = r."templateId" AND q.required
                      AND NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."responseId" = r.id AND a."questionId" = q.id))
          OR NOT EXISTS (SELECT 1 FROM "AuditEntry" e WHERE e."entityType" = 'QuestionnaireResponse'
                          AND e."entityId" = r.id AND e.action = 'questionnaire.submit'))`;

const PENDING_WITH_ANSWERS = `
  SELECT r.id FROM "QuestionnaireResponse" r
   WHERE r.status = 'PENDING' AND EXISTS (SELECT 1 FROM "Answer" a WHERE a."responseId" = r.id)`;

const RUN_MEETINGS_INCOMPLETE = `
  SELECT m.id FROM "Meeting" m
   WHERE m."createdAt" >= $1
     AND ((SELECT count(*) FROM "MeetingAttendance" a WHERE a."meetingId" = m.id)
            <> (SELECT count(*) FROM "MentorshipMentee" mm WHERE mm."mentorshipId" = m."mentorshipId" AND mm."leftOn" IS NULL)
          OR NOT EXISTS (SELECT 1 FROM "AuditEntry" e WHERE e."entityType" = 'Meeting' AND e."entityId" = m.id
                          AND e.action = 'meeting.create'))`;

export async function databaseNow(databaseUrl: string): Promise<Date> {
  return withClient(databaseUrl, async (client) => (await client.query<{ now: Date }>("SELECT now()")).rows[0].now);
}

export async function checkInvariants(
  databaseUrl: string,
  since: Date,
  acknowledged: Acknowledged,
  meetingTopic: string,
): Promise<{ checks: Check[]; landedThoughFailed: { submits: number; meetings: number } }> {
  return withClient(databaseUrl, async (client) => {
    const ids = async (sql: string, params: unknown[] = []) =>
      (await client.query<{ id: string }>(sql, params)).rows.map((r) => r.id);
    const incomplete = await ids(SUBMITTED_INCOMPLETE, [since]);
    const pendingAnswered = await ids(PENDING_WITH_ANSWERS);
    const runMeetings = await ids(RUN_MEETINGS_INCOMPLETE, [since]);
    const submitted = new Set(
      await ids(
        `SELECT id FROM "QuestionnaireResponse" WHERE status = 'SUBMITTED' AND id LIKE '${POOL_PREFIX}%' AND "submittedAt" >= $1`,
        [since],
      ),
    );
    const lostSubmits = acknowledged.submitted.filter((id) => !submitted.has(id));
    const storedMeetings = (await ids(`SELECT id FROM "Meeting" WHERE "createdAt" >= $1 AND topic = $2`, [since, meetingTopic]))
      .length;
    const check = (name: string, bad: string[], what: string): Check => ({
      name,
      passed: bad.length === 0,
      detail: bad.length === 0 ? "none" : `${bad.length} ${what}: ${bad.slice(0, 5).join(", ")}`,
    });
    return {
      checks: [
        check("submitted questionnaires are complete", incomplete, "incomplete"),
        check("pending questionnaires have no answers", pendingAnswered, "with answers"),
        check("every meeting of the run has one attendance row per mentee, and its audit entry", runMeetings, "incomplete"),
        check("every acknowledged submit is stored", lostSubmits, "lost"),
        {
          name: "every acknowledged meeting is stored",
          passed: storedMeetings >= acknowledged.meetings,
          detail: `${acknowledged.meetings} acknowledged, ${storedMeetings} stored`,
        },
      ],
      landedThoughFailed: {
        submits: [...submitted].filter((id) => !acknowledged.submitted.includes(id)).length,
        meetings: storedMeetings - acknowledged.meetings,
      },
    };
  });
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
