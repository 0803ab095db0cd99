import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

const person = {
  select: {
    id: true,
    lastName: true,
    firstName: true,
    middleName: true,
    pupil: { select: { grade: true, classLetter: true } },
  },
} as const;

const label = (p: {
  lastName: string;
  firstName: string;
  middleName: string | null;
  pupil: { grade: number; classLetter: string } | null;
}) => (p.pupil ? `${fullName(p)}, ${p.pupil.grade}${p.pupil.classLetter}` : fullName(p));

/** Who may be marked at a group meeting: the mentor base (not declined) and the mentee base, by name; reads logged. */
export async function loadMeetingPeople(viewer: Viewer) {
  assertCan(viewer, "group-meeting:manage");
  const order = [{ person: { lastName: "asc" as const } }, { person: { firstName: "asc" as const } }];
  const [mentors, mentees] = await Promise.all([
    db.mentorProfile.findMany({
      where: { schoolId: viewer.schoolId, status: { not: "DECLINED" }, person: { anonymisedAt: null } },
      orderBy: order,
      select: { id: true, person },
    }),
    db.menteeProfile.findMany({
      where: { schoolId: viewer.schoolId, person: { anonymisedAt: null } },
      orderBy: order,
      select: { id: true, person },
    }),
  ]);
  await recordReads(
    viewer,
    [...mentors, ...mentees].map((m) => m.person.id),
    "Групповая встреча: выбор участников",
  );
  return {
    mentors: mentors.map((m) => ({ id: m.id, label: label(m.person) })),
    mentees: mentees.map((m) => ({ id: m.id, label: label(m.person) })),
  };
}
