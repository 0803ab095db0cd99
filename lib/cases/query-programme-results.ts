import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { guardCount, guardParts, type PublicCount } from "./guard-counts";

export interface ProgrammeResults {
  programmeId: string;
  /** Pairs and groups that worked (working now or completed), completed ones, their mentees and mentors. */
  pairs: PublicCount;
  completed: PublicCount;
  mentees: PublicCount;
  mentors: PublicCount;
  meetings: PublicCount;
  /** Achievements of mentees as winners or prize-winners. */
  prizes: PublicCount;
  byForm: { form: MentoringForm; pairs: PublicCount }[];
}

interface Row {
  programmeId: string;
  pairs: number;
  completed: number;
  mentees: number;
  mentors: number;
  meetings: number;
  prizes: number;
}

/**
 * The public results of the programmes of one school: counts only, computed in SQL, each under MIN_GROUP_SIZE hidden
 * (lib/cases/guard-counts.ts). The school is in every `where`: another school's programme id finds nothing.
 */
export async function queryProgrammeResults(schoolId: string, programmeIds: string[]): Promise<ProgrammeResults[]> {
  if (programmeIds.length === 0) return [];
  const ids = Prisma.sql`${programmeIds}::text[]`;
  const [rows, forms] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH worked AS (
        SELECT m.id, m."programmeId", m."mentorId", m.status FROM "Mentorship" m
        WHERE m."schoolId" = ${schoolId} AND m."programmeId" = ANY(${ids}) AND m.status IN ('ACTIVE', 'COMPLETED')
      )
      SELECT p.id AS "programmeId",
        (SELECT count(*) FROM worked w WHERE w."programmeId" = p.id)::int AS pairs,
        (SELECT count(*) FROM worked w WHERE w."programmeId" = p.id AND w.status = 'COMPLETED')::int AS completed,
        (SELECT count(DISTINCT mm."menteeId") FROM "MentorshipMentee" mm JOIN worked w ON w.id = mm."mentorshipId"
          WHERE w."programmeId" = p.id AND mm.accepted)::int AS mentees,
        (SELECT count(DISTINCT w."mentorId") FROM worked w WHERE w."programmeId" = p.id)::int AS mentors,
        (SELECT count(*) FROM "Meeting" mt JOIN worked w ON w.id = mt."mentorshipId"
          WHERE w."programmeId" = p.id)::int AS meetings,
        (SELECT count(*) FROM "Achievement" a JOIN worked w ON w.id = a."mentorshipId"
          WHERE w."programmeId" = p.id AND a.result IN ('WINNER', 'PRIZE_WINNER'))::int AS prizes
      FROM "Programme" p
      WHERE p."schoolId" = ${schoolId} AND p.id = ANY(${ids})`,
    db.$queryRaw<{ programmeId: string; form: MentoringForm; pairs: number }[]>`
      SELECT m."programmeId", m.form::text AS form, count(*)::int AS pairs
      FROM "Mentorship" m
      WHERE m."schoolId" = ${schoolId} AND m."programmeId" = ANY(${ids}) AND m.status IN ('ACTIVE', 'COMPLETED')
      GROUP BY m."programmeId", m.form
      ORDER BY m."programmeId", m.form`,
  ]);
  return rows.map((row) => {
    const own = forms.filter((f) => f.programmeId === row.programmeId);
    const pairs = guardCount(row.pairs);
    const guarded = guardParts(
      pairs,
      own.map((f) => f.pairs),
    );
    return {
      programmeId: row.programmeId,
      pairs,
      completed: guardCount(row.completed),
      mentees: guardCount(row.mentees),
      mentors: guardCount(row.mentors),
      meetings: guardCount(row.meetings),
      prizes: guardCount(row.prizes),
      byForm: own.map((f, i) => ({ form: f.form, pairs: guarded[i] })),
    };
  });
}
