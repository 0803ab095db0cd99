import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SchoolFixture } from "./school-fixture";

/** A birth date `years` full years and `days` more days before today, as the UTC midnight the database stores. */
export function bornYearsAgo(years: number, days = 10): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear() - years, now.getMonth(), now.getDate() - days));
}

/** A person of the fixture's school, with an account when roles are given, and a pupil row when a class is given. */
export async function addConsentPerson(
  db: PrismaClient,
  fixture: SchoolFixture,
  lastName: string,
  options: { roles?: Role[]; birthDate?: Date; grade?: number; classLetter?: string } = {},
) {
  const { schoolId } = fixture;
  const user = options.roles?.length
    ? await db.user.create({
        data: {
          login: `${lastName.toLowerCase()}-${schoolId}`,
          displayName: `${lastName} Согласиев`,
          passwordHash: "not-a-real-hash",
          memberships: { create: options.roles.map((role) => ({ schoolId, role })) },
        },
      })
    : null;
  const person = await db.person.create({
    data: {
      schoolId,
      userId: user?.id,
      lastName,
      firstName: "Иван",
      middleName: "Петрович",
      birthDate: options.birthDate,
      rosterKey: `key-${lastName}`,
    },
  });
  if (options.grade) {
    await db.pupil.create({
      data: { schoolId, personId: person.id, grade: options.grade, classLetter: options.classLetter ?? "Б" },
    });
  }
  return { personId: person.id, userId: user?.id ?? "" };
}

export async function linkParent(
  db: PrismaClient,
  fixture: SchoolFixture,
  parent: { personId: string },
  child: { personId: string },
) {
  await db.parentChild.create({ data: { schoolId: fixture.schoolId, parentId: parent.personId, childId: child.personId } });
}
