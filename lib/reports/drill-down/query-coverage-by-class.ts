import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { activePeopleSql } from "../sql/active-people-sql";

export interface ClassCoverageRow {
  grade: number;
  classLetter: string;
  pupils: number;
  covered: number;
}

/** Pupils of the age band and those in a working pair or group, per class of one school: one GROUP BY. */
export async function queryCoverageByClass(db: PrismaClient, schoolId: string, today: Date): Promise<ClassCoverageRow[]> {
  const ids = Prisma.sql`${[schoolId]}::text[]`;
  return db.$queryRaw<ClassCoverageRow[]>`
    WITH ${activePeopleSql(ids)}
    SELECT pu.grade, pu."classLetter", count(*)::int AS pupils, count(ap."personId")::int AS covered
    FROM "Pupil" pu
    JOIN "Person" pe ON pe.id = pu."personId"
    JOIN "School" s ON s.id = pu."schoolId"
    LEFT JOIN active_people ap ON ap."personId" = pe.id
    WHERE pu."schoolId" = ${schoolId} AND pu.status = 'ENROLLED'
      AND pe."birthDate" <= (${today}::date - make_interval(years => s."coverageMinAge"))::date
    GROUP BY pu.grade, pu."classLetter"
    ORDER BY pu.grade, pu."classLetter"`;
}
