import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { monitoringParameters, type MonitoringParameterCode } from "@/lib/questionnaires/monitoring-parameters";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

export interface GrowthRow {
  schoolId: string;
  parameter: MonitoringParameterCode;
  /** The fewer of the participants and of the people who answered about them, before and after. */
  people: number;
  /** Null under MIN_GROUP_SIZE people (decided in SQL). */
  before: number | null;
  after: number | null;
  improvedPercent: number | null;
}

/**
 * Stage 2 of monitoring per school and parameter, in SQL: each participant's latest BEFORE and AFTER answer in the
 * school's latest programme, then the means and the share improved (by the parameter's direction), as
 * lib/monitoring/pair-before-after.ts does for one school.
 */
export async function queryMonitoringGrowth(db: PrismaClient, schoolIds: string[]): Promise<GrowthRow[]> {
  if (schoolIds.length === 0) return [];
  const ids = Prisma.sql`${schoolIds}::text[]`;
  const codes = monitoringParameters.map((p) => p.code);
  const lower = monitoringParameters.filter((p) => p.direction === "LOWER_IS_BETTER").map((p) => p.code);
  return db.$queryRaw<GrowthRow[]>`
    WITH latest_programme AS (
      SELECT DISTINCT ON ("schoolId") id FROM "Programme"
      WHERE "schoolId" = ANY(${ids}) ORDER BY "schoolId", "startYear" DESC
    ),
    answers AS (
      SELECT DISTINCT ON (r."subjectId", q.parameter, c."monitoringPhase")
        r."schoolId", r."subjectId", r."respondentId", q.parameter, c."monitoringPhase"::text AS phase, a."numberValue" AS value
      FROM "Answer" a
      JOIN "QuestionnaireResponse" r ON r.id = a."responseId"
      JOIN "Question" q ON q.id = a."questionId"
      JOIN "QuestionnaireTemplate" t ON t.id = r."templateId"
      JOIN "QuestionnaireCampaign" c ON c.id = r."campaignId"
      JOIN latest_programme lp ON lp.id = c."programmeId"
      WHERE r."schoolId" = ANY(${ids}) AND r.status = 'SUBMITTED' AND r."submittedAt" IS NOT NULL
        AND t.purpose = 'MONITORING' AND c."monitoringPhase" IS NOT NULL
        AND q.parameter = ANY(${codes}::text[]) AND a."numberValue" IS NOT NULL
      ORDER BY r."subjectId", q.parameter, c."monitoringPhase", r."submittedAt" DESC
    ),
    pairs AS (
      SELECT b."schoolId", b.parameter, b."subjectId", b.value AS before, f.value AS after,
        b."respondentId" AS by_before, f."respondentId" AS by_after,
        CASE WHEN b.parameter = ANY(${lower}::text[]) THEN f.value < b.value ELSE f.value > b.value END AS improved
      FROM answers b
      JOIN answers f ON f."subjectId" = b."subjectId" AND f.parameter = b.parameter AND f.phase = 'AFTER'
      WHERE b.phase = 'BEFORE'
    ),
    respondents AS (
      SELECT "schoolId", parameter, count(*) AS n FROM (
        SELECT "schoolId", parameter, by_before AS who FROM pairs
        UNION SELECT "schoolId", parameter, by_after FROM pairs
      ) x GROUP BY "schoolId", parameter
    ),
    grouped AS (
      SELECT p."schoolId", p.parameter, least(count(DISTINCT p."subjectId"), max(r.n))::int AS people,
        avg(p.before) AS before, avg(p.after) AS after, 100.0 * count(*) FILTER (WHERE p.improved) / count(*) AS improved
      FROM pairs p JOIN respondents r ON r."schoolId" = p."schoolId" AND r.parameter = p.parameter
      GROUP BY p."schoolId", p.parameter
    )
    SELECT "schoolId", parameter, people,
      CASE WHEN people >= ${MIN_GROUP_SIZE} THEN round(before::numeric, 2)::float END AS before,
      CASE WHEN people >= ${MIN_GROUP_SIZE} THEN round(after::numeric, 2)::float END AS after,
      CASE WHEN people >= ${MIN_GROUP_SIZE} THEN round(improved::numeric, 1)::float END AS "improvedPercent"
    FROM grouped
    ORDER BY "schoolId", parameter`;
}
