import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/**
 * The school's applications for the curator: pending first (oldest first), then the latest decided ones; and the
 * address of the signed-out form for adults from outside the school.
 */
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
    applicantLastName: true,
    applicantFirstName: true,
    applicantMiddleName: true,
    applicantEmail: true,
    applicantPhone: true,
    applicantCategory: true,
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
  const [pending, decided, school] = await Promise.all([
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
    db.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { slug: true } }),
  ]);
  await recordReads(
    viewer,
    [...pending, ...decided].flatMap((application) => (application.person ? [application.person.id] : [])),
    "Заявки на участие в программе",
  );
  return { pending, decided, publicFormPath: `/apply/${school.slug}` };
}

export type ListedApplication = Awaited<ReturnType<typeof listApplications>>["pending"][number];
