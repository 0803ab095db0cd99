import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";

/** Achievements a mentee or a parent may read: the mentee's own, a parent's own child's — in this school. */
export function ownOrChildAchievements(viewer: Viewer): Prisma.AchievementWhereInput {
  return {
    schoolId: viewer.schoolId,
    mentee: {
      schoolId: viewer.schoolId,
      person: { OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }] },
    },
  };
}

/**
 * The achievements of a pair as its mentee or a mentee's parent sees them (issue 13, point 8): the mentee's own, a
 * parent's only their own child's (in a group, not the other children's; `menteeId`: one child's), newest first.
 */
export async function listFamilyAchievements(viewer: Viewer, mentorshipId: string, menteeId?: string) {
  assertCan(viewer, "achievement:read-own");
  return db.achievement.findMany({
    where: { ...ownOrChildAchievements(viewer), mentorshipId, ...(menteeId ? { menteeId } : {}) },
    orderBy: [{ achievedOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      level: true,
      result: true,
      achievedOn: true,
      evidenceFileName: true,
      mentee: { select: { personId: true, person: { select: { firstName: true } } } },
    },
  });
}
