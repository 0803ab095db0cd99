import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_THRESHOLDS } from "@/lib/pair-health/health-rules";

export interface MonthlyTrendRow {
  schoolId: string;
  /** «YYYY-MM» */
  month: string;
  /** Pupils of today's age band who were in a pair or group (mentee or mentor) on the month's last day (or today). */
  covered: number;
  /** Meetings held in the month. */
  meetings: number;
  /**
   * Working pairs and groups at risk on the month's last day by the pair-health rule of meetings (lib/pair-health):
   * no meeting for more than the school's riskDays, or no first meeting for twice its firstMeetingDays after the start.
   */
  pairsAtRisk: number;
}

/** The school year's months from September up to today's month. */
export function schoolYearMonths(today: Date): { start: Date; end: Date } {
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return {
    start: new Date(Date.UTC(year, 8, 1)),
    end: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)),
  };
}

/**
 * Coverage, meetings and pairs at risk per school and month of the school year, in one statement: a person counts for a month when
 * their pair had started by its last day (or today) and had not ended, nor had they left it. The denominator is
 * today's roster of the age band (the roster keeps no history).
 */
export async function queryMonthlyTrends(db: PrismaClient, schoolIds: string[], today: Date): Promise<MonthlyTrendRow[]> {
  if (schoolIds.length === 0) return [];
  const ids = Prisma.sql`${schoolIds}::text[]`;
  const day = Prisma.sql`${today}::date`;
  const { start, end } = schoolYearMonths(today);
  return db.$queryRaw<MonthlyTrendRow[]>`
    WITH months AS (
      SELECT mo::date AS first, least((mo + interval '1 month' - interval '1 day')::date, ${day}) AS last
      FROM generate_series(${start}::date, ${end}::date, interval '1 month') AS mo
    ),
    band AS (
      SELECT pu."schoolId", pu."personId"
      FROM "Pupil" pu JOIN "Person" pe ON pe.id = pu."personId" JOIN "School" s ON s.id = pu."schoolId"
      WHERE pu."schoolId" = ANY(${ids}) AND pu.status = 'ENROLLED'
        AND pe."birthDate" <= (${day} - make_interval(years => s."coverageMinAge"))::date
    ),
    involved AS (
      SELECT mp."personId", m."startedOn", m."endedOn", mm."joinedOn", mm."leftOn"
      FROM "MentorshipMentee" mm
      JOIN "Mentorship" m ON m.id = mm."mentorshipId"
      JOIN "MenteeProfile" mp ON mp.id = mm."menteeId"
      WHERE m."schoolId" = ANY(${ids}) AND m."startedOn" IS NOT NULL AND m.status <> 'FORMING'
      UNION ALL
      SELECT mr."personId", m."startedOn", m."endedOn", NULL, NULL
      FROM "Mentorship" m JOIN "MentorProfile" mr ON mr.id = m."mentorId"
      WHERE m."schoolId" = ANY(${ids}) AND m."startedOn" IS NOT NULL AND m.status <> 'FORMING'
    ),
    coverage AS (
      SELECT b."schoolId", mo.first, count(DISTINCT b."personId")::int AS covered
      FROM months mo
      JOIN involved i ON i."startedOn" <= mo.last AND (i."endedOn" IS NULL OR i."endedOn" > mo.last)
        AND (i."joinedOn" IS NULL OR i."joinedOn" <= mo.last) AND (i."leftOn" IS NULL OR i."leftOn" > mo.last)
      JOIN band b ON b."personId" = i."personId"
      GROUP BY b."schoolId", mo.first
    ),
    meetings AS (
      SELECT me."schoolId", date_trunc('month', me."heldOn")::date AS first, count(*)::int AS meetings
      FROM "Meeting" me
      WHERE me."schoolId" = ANY(${ids}) AND me."heldOn" >= ${start}::date AND me."heldOn" <= ${day}
      GROUP BY me."schoolId", date_trunc('month', me."heldOn")
    ),
    at_risk AS (
      SELECT m."schoolId", mo.first, count(*)::int AS pairs
      FROM months mo
      JOIN "Mentorship" m ON m."schoolId" = ANY(${ids}) AND m.status <> 'FORMING' AND m."startedOn" <= mo.last
        AND (m."endedOn" IS NULL OR m."endedOn" > mo.last)
      LEFT JOIN "PairHealthSettings" hs ON hs."schoolId" = m."schoolId"
      CROSS JOIN LATERAL (
        SELECT max(me."heldOn") AS last FROM "Meeting" me WHERE me."mentorshipId" = m.id AND me."heldOn" <= mo.last
      ) lm
      WHERE (lm.last IS NOT NULL AND mo.last - lm.last > coalesce(hs."riskDays", ${DEFAULT_THRESHOLDS.riskDays}))
        OR (lm.last IS NULL AND mo.last - m."startedOn" > 2 * coalesce(hs."firstMeetingDays", ${DEFAULT_THRESHOLDS.firstMeetingDays}))
      GROUP BY m."schoolId", mo.first
    )
    SELECT s.id AS "schoolId", to_char(mo.first, 'YYYY-MM') AS month,
      coalesce(c.covered, 0) AS covered, coalesce(mt.meetings, 0) AS meetings, coalesce(r.pairs, 0) AS "pairsAtRisk"
    FROM "School" s CROSS JOIN months mo
    LEFT JOIN coverage c ON c."schoolId" = s.id AND c.first = mo.first
    LEFT JOIN meetings mt ON mt."schoolId" = s.id AND mt.first = mo.first
    LEFT JOIN at_risk r ON r."schoolId" = s.id AND r.first = mo.first
    WHERE s.id = ANY(${ids})
    ORDER BY s.id, mo.first`;
}
