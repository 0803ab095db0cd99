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

/** Aggregates of the programme's achievements for monitoring (counts only, no names), in SQL. */
export async function summariseAchievements(viewer: Viewer, programmeId: string): Promise<AchievementSummary> {
  assertCan(viewer, "monitoring:read");
  const scope = { schoolId: viewer.schoolId, mentorship: { programmeId, schoolId: viewer.schoolId } };
  const [byLevel, contestMentees, projectPairs, successfulPairs, menteesInPairs] = await Promise.all([
    db.achievement.groupBy({
      by: ["level", "result"],
      where: { ...scope, kind: { in: CONTESTS } },
      _count: { _all: true },
      orderBy: [{ level: "asc" }, { result: "asc" }],
    }),
    db.achievement.findMany({ where: { ...scope, kind: { in: CONTESTS } }, distinct: ["menteeId"], select: { menteeId: true } }),
    db.achievement.findMany({ where: { ...scope, kind: "PROJECT" }, distinct: ["mentorshipId"], select: { mentorshipId: true } }),
    db.achievement.findMany({
      where: { ...scope, kind: "PROJECT", result: { in: ["PRIZE_WINNER", "WINNER"] } },
      distinct: ["mentorshipId"],
      select: { mentorshipId: true },
    }),
    db.mentorshipMentee.count({
      where: { schoolId: viewer.schoolId, mentorship: { programmeId, status: { in: ["ACTIVE", "COMPLETED"] } } },
    }),
  ]);
  return {
    contests: {
      mentees: contestMentees.length,
      byLevel: byLevel.map((row) => ({ level: row.level, result: row.result, count: row._count._all })),
    },
    projects: { pairs: projectPairs.length, successfulPairs: successfulPairs.length },
    menteesInPairs,
  };
}
