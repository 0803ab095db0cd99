import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createSchoolFixture } from "./school-fixture";

/**
 * The small school of school-fixture plus what the mentee base needs: a psychologist, an administrator,
 * two teachers (2 and 4 years of experience), and a class 8Б of two pupils who are not candidates yet.
 */
export async function createMenteeFixture(db: PrismaClient, label: string) {
  const school = await createSchoolFixture(db, label);
  const { schoolId } = school;
  const tag = randomUUID().slice(0, 8);

  async function person(lastName: string, roles: Role[]) {
    const user = roles.length
      ? await db.user.create({
          data: {
            login: `${lastName.toLowerCase()}-${label}-${tag}`,
            displayName: `${lastName} Тест`,
            passwordHash: "not-a-real-hash",
            memberships: { create: roles.map((role) => ({ schoolId, role })) },
          },
        })
      : null;
    const created = await db.person.create({ data: { schoolId, userId: user?.id, lastName, firstName: "Тест" } });
    return { personId: created.id, userId: user?.id ?? "" };
  }

  const psychologist = await person("Психологова", ["PSYCHOLOGIST"]);
  const admin = await person("Админов", ["ADMIN"]);
  const youngTeacher = await person("Молодцова", []);
  const seniorTeacher = await person("Опытнова", []);
  await db.staff.createMany({
    data: [
      { schoolId, personId: youngTeacher.personId, position: "Учитель математики", experienceYears: 2 },
      { schoolId, personId: seniorTeacher.personId, position: "Учитель физики", experienceYears: 4 },
    ],
  });
  const classmates = [await person("Восьмиклассникова", []), await person("Семёнов", [])];
  await db.pupil.createMany({
    data: classmates.map((p) => ({ schoolId, personId: p.personId, grade: 8, classLetter: "Б" })),
  });
  return { ...school, extra: { psychologist, admin, youngTeacher, seniorTeacher, classmates } };
}

export type MenteeFixture = Awaited<ReturnType<typeof createMenteeFixture>>;
