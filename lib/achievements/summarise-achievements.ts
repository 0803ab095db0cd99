import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { AchievementKind, AchievementLevel, AchievementResult } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";

export interface AchievementSummary {
  /** Result 3 of the model: participation in olympiads and competitions. */
  contests: { mentees: number; byLevel: { level: AchievementLevel; result: AchievementResult; count: number }[] };
  /** Result 4: joint projects with the mentor; presented successfully = prize-winner or winner. */
  projects: { pairs: number; successfulPairs: number };
  /** Mentees of the programme's working and finished pairs: the denominator of the share. */
  menteesInPairs: number;
}

const CONTESTS: AchievementKind[] = ["OLYMPIAD", "COMPETITION"];

/**
 * Aggregates of the programme's achievements for monitoring (counts only, no names), in SQL. People and pairs are
 * counted once each (COUNT DISTINCT): a mentee who moved to another pair, or won twice, is one mentee.
 */
export async function summariseAchievements(viewer: Viewer, programmeId: string): Promise<AchievementSummary> {
  assertCan(viewer, "monitoring:read");
  const scope = { schoolId: viewer.schoolId, mentorship: { programmeId, schoolId: viewer.schoolId } };
  const [byLevel, [counts]] = await Promise.all([
    db.achievement.groupBy({
      by: ["level", "result"],
      where: { ...scope, kind: { in: CONTESTS } },
      _count: { _all: true },
      orderBy: [{ level: "asc" }, { result: "asc" }],
    }),
    db.$queryRaw<{ contestMentees: number; projectPairs: number; successfulPairs: number; menteesInPairs: number }[]>`
      SELECT
        (SELECT count(DISTINCT a."menteeId")::int FROM "Achievement" a JOIN "Mentorship" m ON m.id = a."mentorshipId"
          WHERE a."schoolId" = ${viewer.schoolId} AND m."schoolId" = ${viewer.schoolId} AND m."programmeId" = ${programmeId}
            AND a.kind IN ('OLYMPIAD', 'COMPETITION')) AS "contestMentees",
        (SELECT count(DISTINCT a."mentorshipId")::int FROM "Achievement" a JOIN "Mentorship" m ON m.id = a."mentorshipId"
          WHERE a."schoolId" = ${viewer.schoolId} AND m."schoolId" = ${viewer.schoolId} AND m."programmeId" = ${programmeId}
            AND a.kind = 'PROJECT') AS "projectPairs",
        (SELECT count(DISTINCT a."mentorshipId")::int FROM "Achievement" a JOIN "Mentorship" m ON m.id = a."mentorshipId"
          WHERE a."schoolId" = ${viewer.schoolId} AND m."schoolId" = ${viewer.schoolId} AND m."programmeId" = ${programmeId}
            AND a.kind = 'PROJECT' AND a.result IN ('PRIZE_WINNER', 'WINNER')) AS "successfulPairs",
        (SELECT count(DISTINCT mm."menteeId")::int FROM "MentorshipMentee" mm JOIN "Mentorship" m ON m.id = mm."mentorshipId"
          WHERE mm."schoolId" = ${viewer.schoolId} AND m."schoolId" = ${viewer.schoolId} AND m."programmeId" = ${programmeId}
            AND m.status IN ('ACTIVE', 'COMPLETED')) AS "menteesInPairs"`,
  ]);
  return {
    contests: {
      mentees: counts.contestMentees,
      byLevel: byLevel.map((row) => ({ level: row.level, result: row.result, count: row._count._all })),
    },
    projects: { pairs: counts.projectPairs, successfulPairs: counts.successfulPairs },
    menteesInPairs: counts.menteesInPairs,
  };
}
