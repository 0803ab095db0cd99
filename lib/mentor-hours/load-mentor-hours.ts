import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

export interface MentorMonthRow {
  mentorId: string;
  month: Date;
  meetingMinutes: number;
  meetings: number;
  preparationMinutes: number;
}

/**
 * Per mentor and month of [from, to): the minutes of the meetings of their pairs and groups (a group meeting counts
 * once) and the preparation minutes they entered, summed in SQL. `mentorId` narrows to one mentor.
 */
export async function loadMentorHours(schoolId: string, from: Date, to: Date, mentorId?: string): Promise<MentorMonthRow[]> {
  const onlyMeetings = mentorId ? Prisma.sql`AND m."mentorId" = ${mentorId}` : Prisma.empty;
  const onlyPreparation = mentorId ? Prisma.sql`AND p."mentorId" = ${mentorId}` : Prisma.empty;
  return db.$queryRaw<MentorMonthRow[]>`
    WITH held AS (
      SELECT m."mentorId", date_trunc('month', mt."heldOn")::date AS month,
        sum(mt."durationMinutes")::int AS minutes, count(*)::int AS n
      FROM "Meeting" mt JOIN "Mentorship" m ON m.id = mt."mentorshipId"
      WHERE mt."schoolId" = ${schoolId} AND mt."heldOn" >= ${from}::date AND mt."heldOn" < ${to}::date ${onlyMeetings}
      GROUP BY 1, 2
    ),
    prepared AS (
      SELECT p."mentorId", p.month, p.minutes
      FROM "MentorPreparation" p
      WHERE p."schoolId" = ${schoolId} AND p.month >= ${from}::date AND p.month < ${to}::date ${onlyPreparation}
    )
    SELECT COALESCE(held."mentorId", prepared."mentorId") AS "mentorId", COALESCE(held.month, prepared.month) AS month,
      COALESCE(held.minutes, 0) AS "meetingMinutes", COALESCE(held.n, 0) AS meetings,
      COALESCE(prepared.minutes, 0) AS "preparationMinutes"
    FROM held FULL JOIN prepared ON prepared."mentorId" = held."mentorId" AND prepared.month = held.month
    ORDER BY 1, 2`;
}
