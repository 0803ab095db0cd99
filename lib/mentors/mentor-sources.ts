import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

/** Pupils of these classes may become mentors of younger ones. */
export const SENIOR_GRADES = [9, 10, 11];

const nameFields = { lastName: true, firstName: true, middleName: true } as const;
const byName = [{ lastName: "asc" as const }, { firstName: "asc" as const }];

/** Who the «Добавить наставника» form offers: staff and senior pupils not yet in the base, and the partner organisations. */
export async function listMentorSources(viewer: Viewer) {
  assertCan(viewer, "mentor-base:edit");
  const schoolId = viewer.schoolId;
  const notMentor = { schoolId, anonymisedAt: null, mentor: { is: null } };
  const [staff, pupils, partners] = await Promise.all([
    db.person.findMany({
      where: { ...notMentor, staff: { is: { schoolId, leftAt: null } } },
      select: { id: true, ...nameFields, staff: { select: { position: true } } },
      orderBy: byName,
    }),
    db.person.findMany({
      where: { ...notMentor, pupil: { is: { schoolId, status: "ENROLLED", grade: { in: SENIOR_GRADES } } } },
      select: { id: true, ...nameFields, pupil: { select: { grade: true, classLetter: true } } },
      orderBy: byName,
    }),
    db.partnerOrganisation.findMany({ where: { schoolId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  await recordReads(
    viewer,
    pupils.map((p) => p.id),
    "Выбор старшеклассника в наставники",
  );
  return {
    staff: staff.map((p) => ({ id: p.id, label: `${fullName(p)} — ${p.staff!.position}` })),
    pupils: pupils.map((p) => ({ id: p.id, label: `${fullName(p)} — ${p.pupil!.grade}${p.pupil!.classLetter}` })),
    partners,
  };
}
