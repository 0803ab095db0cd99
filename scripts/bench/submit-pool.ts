// The questionnaire-submit scenario needs a fresh pending questionnaire for every request: a submitted one cannot be
// submitted again. Right before that scenario (PostgreSQL only: the embedded database is held by the server) the
// benchmark copies one pending questionnaire of the respondent N times, with answers valid for its questions, and after
// it deletes the copies nobody submitted. The submitted copies stay, as real submissions do.
import pg from "pg";

export const POOL_PREFIX = "bench-submit-";

export interface SubmitPool {
  ids: string[];
  answers: Record<string, unknown>;
  clean(): Promise<void>;
}

interface QuestionRow {
  id: string;
  type: string;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

export async function prepareSubmitPool(databaseUrl: string, login: string, size: number): Promise<SubmitPool | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; templateId: string }>(
      `SELECT r.id, r."templateId" FROM "QuestionnaireResponse" r
         JOIN "User" u ON u.id = r."respondentId"
         LEFT JOIN "QuestionnaireCampaign" c ON c.id = r."campaignId"
        WHERE u.login = $1 AND r.status = 'PENDING' AND c."closedAt" IS NULL AND r.id NOT LIKE '${POOL_PREFIX}%'
        ORDER BY r."createdAt" LIMIT 1`,
      [login],
    );
    if (rows.length === 0) return null;
    const [source] = rows;
    const questions = (
      await client.query<QuestionRow>(
        `SELECT id, type, options, "scaleMin", "scaleMax" FROM "Question" WHERE "templateId" = $1 ORDER BY position`,
        [source.templateId],
      )
    ).rows;
    const run = Date.now().toString(36);
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO "QuestionnaireResponse"
         (id, "schoolId", "templateId", "respondentId", "subjectId", status, "dueOn", "campaignId", "createdAt")
       SELECT '${POOL_PREFIX}${run}-' || g, "schoolId", "templateId", "respondentId", "subjectId", 'PENDING', "dueOn",
              "campaignId", now()
         FROM "QuestionnaireResponse", generate_series(1, $2::int) g WHERE id = $1
       RETURNING id`,
      [source.id, size],
    );
    return {
      ids: inserted.rows.map((r) => r.id),
      answers: Object.fromEntries(questions.map((q) => [q.id, validAnswer(q)])),
      clean: () => cleanSubmitPool(databaseUrl),
    };
  } finally {
    await client.end();
  }
}

/** Deletes the pool's unsubmitted copies (also those a crashed run left). */
export async function cleanSubmitPool(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM "QuestionnaireResponse" WHERE id LIKE '${POOL_PREFIX}%' AND status = 'PENDING'`);
  } finally {
    await client.end();
  }
}

function validAnswer(q: QuestionRow): unknown {
  switch (q.type) {
    case "SCALE":
      return q.scaleMax ?? 5;
    case "SINGLE_CHOICE":
      return q.options[0];
    case "MULTIPLE_CHOICE":
      return [q.options[0]];
    case "NUMBER":
      return q.scaleMin ?? 1;
    case "DATE":
      return "2026-01-15";
    default:
      return "Всё хорошо, спасибо.";
  }
}
