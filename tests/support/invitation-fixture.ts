import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Pupils of one class without any account yet, as a roster import leaves them. */
export async function addClassWithoutAccounts(
  db: PrismaClient,
  schoolId: string,
  schoolClass: { grade: number; classLetter: string },
  lastNames: string[],
) {
  const pupils = [];
  for (const lastName of lastNames) {
    const person = await db.person.create({
      data: { schoolId, lastName, firstName: `${lastName}-имя`, pupil: { create: { schoolId, ...schoolClass } } },
    });
    pupils.push({ personId: person.id, lastName, firstName: person.firstName });
  }
  return pupils;
}
