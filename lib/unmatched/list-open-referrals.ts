import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The psychologist's tasks: open referrals of mentees left without a pair, oldest first; reads logged. */
export async function listOpenReferrals(viewer: Viewer) {
  assertCan(viewer, "referral:close");
  const referrals = await db.psychologistReferral.findMany({
    where: { schoolId: viewer.schoolId, closedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      note: true,
      createdAt: true,
      mentee: {
        select: {
          id: true,
          person: {
            select: {
              id: true,
              lastName: true,
              firstName: true,
              middleName: true,
              pupil: { select: { grade: true, classLetter: true } },
            },
          },
        },
      },
    },
  });
  await recordReads(
    viewer,
    referrals.map((r) => r.mentee.person.id),
    "Направления к психологу",
  );
  return referrals;
}
