import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";

export interface PairsByFormRow {
  schoolId: string;
  form: MentoringForm;
  format: WorkFormat;
  /** Working pairs (one mentee) and groups (several mentees) of this form and format. */
  pairs: number;
  groups: number;
}

/** Working pairs and groups per school, form and format: one GROUP BY. */
export async function queryPairsByForm(db: PrismaClient, schoolIds: string[]): Promise<PairsByFormRow[]> {
  if (schoolIds.length === 0) return [];
  const ids = Prisma.sql`${schoolIds}::text[]`;
  return db.$queryRaw<PairsByFormRow[]>`
    WITH sized AS (
      SELECT m."schoolId", m.form, m.format,
        (SELECT count(*) FROM "MentorshipMentee" mm WHERE mm."mentorshipId" = m.id AND mm."leftOn" IS NULL) AS size
      FROM "Mentorship" m
      WHERE m."schoolId" = ANY(${ids}) AND m.status = 'ACTIVE'
    )
    SELECT "schoolId", form::text AS form, format::text AS format,
      count(*) FILTER (WHERE size <= 1)::int AS pairs, count(*) FILTER (WHERE size > 1)::int AS groups
    FROM sized
    GROUP BY "schoolId", form, format
    ORDER BY "schoolId", form, format`;
}
