import { Prisma } from "@/lib/generated/prisma/client";

/**
 * CTEs of the people in a working (ACTIVE) pair or group of the given schools: `active_mentees` (still in it),
 * `active_mentors`, and `active_people` (either), each person once.
 */
export function activePeopleSql(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    active_mentees AS (
      SELECT DISTINCT mp."personId"
      FROM "MentorshipMentee" mm
      JOIN "Mentorship" m ON m.id = mm."mentorshipId"
      JOIN "MenteeProfile" mp ON mp.id = mm."menteeId"
      WHERE m."schoolId" = ANY(${ids}) AND m.status = 'ACTIVE' AND mm."leftOn" IS NULL
    ),
    active_mentors AS (
      SELECT DISTINCT mr."personId"
      FROM "Mentorship" m
      JOIN "MentorProfile" mr ON mr.id = m."mentorId"
      WHERE m."schoolId" = ANY(${ids}) AND m.status = 'ACTIVE'
    ),
    active_people AS (
      SELECT "personId" FROM active_mentees UNION SELECT "personId" FROM active_mentors
    )`;
}
