import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

/** The director's list of award proposals of the school, undecided first. */
export async function listAwardProposals(viewer: Viewer) {
  assertCan(viewer, "award:approve");
  const awards = await db.mentorAward.findMany({
    where: { schoolId: viewer.schoolId },
    orderBy: [{ status: "desc" }, { proposedAt: "desc" }],
    select: {
      id: true,
      nomination: true,
      text: true,
      status: true,
      proposedAt: true,
      declineReason: true,
      event: { select: { title: true, startsAt: true } },
      mentor: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
    },
  });
  return awards.map((a) => ({ ...a, mentorName: fullName(a.mentor.person) }));
}
