import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { answerableSubjects } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The viewer's applications and their children's, with the decision and a decline's reason. */
export async function listOwnApplications(viewer: Viewer) {
  assertCan(viewer, "application:submit");
  return db.programmeApplication.findMany({
    where: { schoolId: viewer.schoolId, person: answerableSubjects(viewer) },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      role: true,
      text: true,
      status: true,
      declineReason: true,
      createdAt: true,
      decidedAt: true,
      person: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
}
