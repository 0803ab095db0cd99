import "server-only";
import { db } from "@/lib/db/client";
import type { MentoringForm, MentorshipStatus, WorkFormat } from "@/lib/generated/prisma/enums";

export interface MentorHistoryRow {
  mentorshipId: string;
  programmeId: string;
  programmeTitle: string;
  startYear: number;
  closedAt: Date | null;
  form: MentoringForm;
  format: WorkFormat;
  status: MentorshipStatus;
  startedOn: Date | null;
  endedOn: Date | null;
  carriedFromId: string | null;
  menteePersonIds: string[];
  menteeNames: string[];
  meetings: number;
  meetingMinutes: number;
  achievements: number;
  prizes: number;
}

/**
 * The long-term base of one mentor (7.7–7.8): every pair and group they led in every programme of the school, with its
 * form, dates, mentees, meetings and hours, and their mentees' achievements — one SQL statement, grouped per pair.
 */
export async function loadMentorHistory(schoolId: string, mentorId: string): Promise<MentorHistoryRow[]> {
  return db.$queryRaw<MentorHistoryRow[]>`
    SELECT m.id AS "mentorshipId", p.id AS "programmeId", p.title AS "programmeTitle", p."startYear",
      c."closedAt", m.form::text AS form, m.format::text AS format, m.status::text AS status,
      m."startedOn", m."endedOn", m."carriedFromId",
      COALESCE(people.ids, ARRAY[]::text[]) AS "menteePersonIds",
      COALESCE(people.names, ARRAY[]::text[]) AS "menteeNames",
      COALESCE(held.n, 0)::int AS meetings, COALESCE(held.minutes, 0)::int AS "meetingMinutes",
      COALESCE(won.n, 0)::int AS achievements, COALESCE(won.prizes, 0)::int AS prizes
    FROM "Mentorship" m
    JOIN "Programme" p ON p.id = m."programmeId" AND p."schoolId" = m."schoolId"
    LEFT JOIN "ProgrammeClosure" c ON c."programmeId" = p.id
    LEFT JOIN LATERAL (
      SELECT array_agg(pe.id ORDER BY pe."lastName", pe."firstName") AS ids,
        array_agg(concat_ws(' ', pe."lastName", pe."firstName") ORDER BY pe."lastName", pe."firstName") AS names
      FROM "MentorshipMentee" mm
      JOIN "MenteeProfile" mp ON mp.id = mm."menteeId"
      JOIN "Person" pe ON pe.id = mp."personId"
      WHERE mm."mentorshipId" = m.id AND mm.accepted
    ) people ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS n, sum(mt."durationMinutes") AS minutes FROM "Meeting" mt WHERE mt."mentorshipId" = m.id
    ) held ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS n, count(*) FILTER (WHERE a.result IN ('WINNER', 'PRIZE_WINNER')) AS prizes
      FROM "Achievement" a WHERE a."mentorshipId" = m.id
    ) won ON true
    WHERE m."schoolId" = ${schoolId} AND m."mentorId" = ${mentorId}
    ORDER BY p."startYear", m."createdAt"`;
}
