import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SchoolFixture } from "./school-fixture";

/** A user of the fixture's school with only the given role (an admin or a psychologist, which the fixture lacks). */
export async function addRosterUser(db: PrismaClient, school: SchoolFixture, login: string, role: Role) {
  const user = await db.user.create({
    data: {
      login: `${login}-${school.schoolId}`,
      displayName: login,
      passwordHash: "not-a-real-hash",
      memberships: { create: { schoolId: school.schoolId, role } },
    },
  });
  return { userId: user.id };
}

/** The school's pupils as «Фамилия Имя: 7А ENROLLED», sorted, for comparing whole rosters. */
export async function pupilRoster(db: PrismaClient, schoolId: string): Promise<string[]> {
  const pupils = await db.pupil.findMany({
    where: { schoolId },
    select: { grade: true, classLetter: true, status: true, person: true },
  });
  return pupils
    .map((p) => `${p.person.lastName} ${p.person.firstName}: ${p.grade}${p.classLetter} ${p.status}`)
    .sort((a, b) => a.localeCompare(b, "ru"));
}
