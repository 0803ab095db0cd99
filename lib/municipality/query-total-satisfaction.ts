import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

/** The mean of every 1–10 satisfaction answer across the schools, null under MIN_GROUP_SIZE people (in SQL). */
export async function queryTotalSatisfaction(db: PrismaClient, schoolIds: string[]) {
  if (schoolIds.length === 0) return { average: null, people: 0 };
  const ids = Prisma.sql`${schoolIds}::text[]`;
  const [row] = await db.$queryRaw<{ average: number | null; people: number }[]>`
    SELECT CASE WHEN least(count(DISTINCT r."respondentId"), count(DISTINCT r."subjectId")) >= ${MIN_GROUP_SIZE}
        THEN round(avg(a."numberValue")::numeric, 1)::float END AS average,
      least(count(DISTINCT r."respondentId"), count(DISTINCT r."subjectId"))::int AS people
    FROM "Answer" a
    JOIN "QuestionnaireResponse" r ON r.id = a."responseId"
    JOIN "QuestionnaireTemplate" t ON t.id = r."templateId"
    JOIN "Question" q ON q.id = a."questionId"
    WHERE r."schoolId" = ANY(${ids}) AND r.status = 'SUBMITTED' AND t.purpose = 'SATISFACTION'
      AND q.type = 'SCALE' AND a."numberValue" IS NOT NULL`;
  return row;
}
