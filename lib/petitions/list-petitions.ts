import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

const name = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/** The school's petitions to replace a mentor, pending first, for the director who decides them (and the curator). */
export async function listPetitions(viewer: Viewer) {
  assertCan(viewer, "petition:read");
  const petitions = await db.replacementPetition.findMany({
    where: { schoolId: viewer.schoolId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      reason: true,
      byParent: true,
      createdAt: true,
      decidedAt: true,
      decisionComment: true,
      mentee: { select: { person: { select: { ...name.select, pupil: { select: { grade: true, classLetter: true } } } } } },
      mentorship: { select: { form: true, mentor: { select: { person: name } } } },
    },
  });
  await recordReads(
    viewer,
    petitions.flatMap((p) => [p.mentee.person.id, p.mentorship.mentor.person.id]),
    "Ходатайства о замене наставника",
  );
  return petitions;
}
