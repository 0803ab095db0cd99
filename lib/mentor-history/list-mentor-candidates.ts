import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import type { MenteeKind } from "@/lib/generated/prisma/enums";
import { SENIOR_GRADES } from "@/lib/mentors/mentor-sources";
import { assertCan, can } from "@/lib/permissions";

/** A wish on the WISH_TO_MENTOR scale at or above this share of its range makes a mentee a candidate. */
export const WISH_THRESHOLD = 0.7;

interface Row {
  personId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  kind: MenteeKind;
  grade: number | null;
  classLetter: string | null;
  staff: boolean;
  value: number;
  scaleMax: number | null;
}

/**
 * Mentees who want to become mentors (evaluated result 8): their latest answer to a monitoring question of the
 * WISH_TO_MENTOR parameter is in the top of its scale, and they are not in the base of mentors yet. Computed in SQL.
 * `source` is how the base of mentors takes them (lib/mentors/add-mentor.ts): a senior pupil or a member of staff;
 * null while they cannot be added yet (a pupil below class 9). The answer itself (`value`, `scaleMax`) is a child's
 * individual answer: only those who may read answers (`questionnaire:read-answers`, not the director) get it; others
 * get null and see the list alone.
 */
export async function listMentorCandidates(viewer: Viewer) {
  assertCan(viewer, "mentor-base:read");
  const schoolId = viewer.schoolId;
  const rows = await db.$queryRaw<Row[]>`
    WITH wish AS (
      SELECT DISTINCT ON (r."subjectId") r."subjectId", a."numberValue" AS value, q."scaleMin", q."scaleMax"
      FROM "Answer" a
      JOIN "Question" q ON q.id = a."questionId"
      JOIN "QuestionnaireResponse" r ON r.id = a."responseId"
      WHERE a."schoolId" = ${schoolId} AND r."schoolId" = ${schoolId} AND q.parameter = 'WISH_TO_MENTOR'
        AND r.status = 'SUBMITTED' AND a."numberValue" IS NOT NULL
      ORDER BY r."subjectId", r."submittedAt" DESC NULLS LAST
    )
    SELECT pe.id AS "personId", pe."lastName", pe."firstName", pe."middleName", mp.kind::text AS kind,
      pu.grade, pu."classLetter", (st.id IS NOT NULL AND st."leftAt" IS NULL) AS staff,
      w.value, w."scaleMax"
    FROM wish w
    JOIN "Person" pe ON pe.id = w."subjectId" AND pe."schoolId" = ${schoolId}
    JOIN "MenteeProfile" mp ON mp."personId" = pe.id
    LEFT JOIN "Pupil" pu ON pu."personId" = pe.id AND pu.status = 'ENROLLED'
    LEFT JOIN "Staff" st ON st."personId" = pe.id
    LEFT JOIN "MentorProfile" mr ON mr."personId" = pe.id
    WHERE pe."anonymisedAt" IS NULL AND mr.id IS NULL
      AND w.value >= COALESCE(w."scaleMin", 1) + ${WISH_THRESHOLD}::float * (COALESCE(w."scaleMax", 10) - COALESCE(w."scaleMin", 1))
    ORDER BY pu.grade DESC NULLS LAST, pe."lastName", pe."firstName"`;
  await recordReads(
    viewer,
    rows.map((r) => r.personId),
    "Кандидаты в наставники",
  );
  const answers = can(viewer, "questionnaire:read-answers");
  return rows.map((row) => ({
    ...row,
    value: answers ? row.value : null,
    scaleMax: answers ? row.scaleMax : null,
    source: row.staff ? ("STAFF" as const) : row.grade !== null && SENIOR_GRADES.includes(row.grade) ? ("PUPIL" as const) : null,
  }));
}

export type MentorCandidate = Awaited<ReturnType<typeof listMentorCandidates>>[number];
