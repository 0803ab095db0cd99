import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { shortName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { achievablePairs } from "./achievable-pairs";

/** A pair's achievements, newest first, for its mentor or the curator (the page logs the read of the pair's people). */
export async function listPairAchievements(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "achievement:record");
  const rows = await db.achievement.findMany({
    where: { schoolId: viewer.schoolId, mentorshipId, mentorship: achievablePairs(viewer) },
    orderBy: [{ achievedOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      level: true,
      result: true,
      achievedOn: true,
      evidenceFileName: true,
      mentee: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
    },
  });
  return rows.map(({ mentee, ...row }) => ({ ...row, menteeName: shortName(mentee.person) }));
}
