import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's applications for the curator: pending first (oldest first), then the latest decided ones. */
export async function listApplications(viewer: Viewer) {
  assertCan(viewer, "application:decide");
  const select = {
    id: true,
    role: true,
    applicantKind: true,
    text: true,
    status: true,
    byParent: true,
    declineReason: true,
    createdAt: true,
    decidedAt: true,
    person: {
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        pupil: { select: { grade: true, classLetter: true } },
        staff: { select: { position: true } },
      },
    },
  } as const;
  const [pending, decided] = await Promise.all([
    db.programmeApplication.findMany({
      where: { schoolId: viewer.schoolId, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select,
    }),
    db.programmeApplication.findMany({
      where: { schoolId: viewer.schoolId, status: { not: "PENDING" } },
      orderBy: { decidedAt: "desc" },
      take: 50,
      select,
    }),
  ]);
  await recordReads(
    viewer,
    [...pending, ...decided].map((application) => application.person.id),
    "Заявки на участие в программе",
  );
  return { pending, decided };
}

export type ListedApplication = Awaited<ReturnType<typeof listApplications>>["pending"][number];
