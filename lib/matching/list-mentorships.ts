import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } };

/** Pairs and groups of the school's latest programme, for the curator: one query. */
export async function listMentorships(viewer: Viewer) {
  assertCan(viewer, "mentorship:create");
  const programme = await db.programme.findFirst({
    where: { schoolId: viewer.schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true, title: true },
  });
  if (!programme) return { programme: null, mentorships: [] };
  const mentorships = await db.mentorship.findMany({
    where: { schoolId: viewer.schoolId, programmeId: programme.id },
    select: {
      id: true,
      form: true,
      format: true,
      status: true,
      goal: true,
      order: { select: { status: true, number: true, signedOn: true } },
      mentor: { select: { person: personName } },
      mentees: { where: { leftOn: null }, select: { mentee: { select: { person: personName } } } },
    },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
  });
  return { programme, mentorships };
}
