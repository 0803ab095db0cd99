import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { youngTeacherMaxExperience } from "./rules";

/** Working staff with 0–3 years of experience who are not in the mentee base yet. */
export async function listYoungTeacherCandidates(viewer: Viewer) {
  assertCan(viewer, "mentee-base:edit");
  const staff = await db.staff.findMany({
    where: {
      schoolId: viewer.schoolId,
      leftAt: null,
      experienceYears: { gte: 0, lte: youngTeacherMaxExperience },
      person: { mentee: { is: null }, anonymisedAt: null },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    select: {
      personId: true,
      position: true,
      experienceYears: true,
      person: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  await recordReads(
    viewer,
    staff.map((s) => s.personId),
    "Выбор молодого педагога для базы наставляемых",
  );
  return staff.map((s) => ({ personId: s.personId, position: s.position, experienceYears: s.experienceYears, ...s.person }));
}
