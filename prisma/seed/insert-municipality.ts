import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "./demo-school";
import { insertSmallSchool, type SmallSchoolSpec } from "./small-school";

export const DEMO_MUNICIPALITY = "Кстовский муниципальный округ";

/** The two smaller schools of the demo municipality: one at work with enough answers, one still matching with few. */
const smallSchools: SmallSchoolSpec[] = [
  {
    slug: "kstovo-3",
    name: "МБОУ «Средняя школа № 3» г. Кстово",
    shortName: "Школа № 3",
    seed: 20261203,
    pupilsPerClass: 14,
    teachers: 14,
    youngTeachers: 3,
    groups: [1, 1, 3, 4, 2],
    stage: "PAIR_WORK",
    satisfied: 7,
  },
  {
    slug: "bezvodnoe",
    name: "МБОУ «Безводнинская основная школа»",
    shortName: "Безводнинская ОШ",
    seed: 20261204,
    pupilsPerClass: 7,
    teachers: 7,
    youngTeachers: 2,
    groups: [1, 2],
    stage: "PAIR_WORK",
    satisfied: 3,
  },
];

/**
 * The demo municipality: the demo school and two smaller generated ones, the coordinator (`coordinator`) who reads
 * their aggregates, and the platform operator (`operator`). Demo logins get DEMO_PASSWORD.
 */
export async function insertMunicipality(db: PrismaClient, { today, demoSchoolId }: { today: Date; demoSchoolId: string }) {
  const [demoHash, lockedHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(randomBytes(24).toString("base64")),
  ]);
  const municipality = await db.municipality.create({ data: { name: DEMO_MUNICIPALITY } });
  await db.school.update({ where: { id: demoSchoolId }, data: { municipalityId: municipality.id } });
  for (const spec of smallSchools) {
    await insertSmallSchool(db, spec, { today, municipality, lockedHash, newId: randomUUID });
  }
  await db.user.create({
    data: {
      login: "coordinator",
      displayName: "Белова Татьяна Андреевна",
      passwordHash: demoHash,
      municipalMemberships: { create: { municipalityId: municipality.id } },
    },
  });
  await db.user.create({
    data: { login: "operator", displayName: "Оператор платформы", passwordHash: demoHash, platformOperator: { create: {} } },
  });
  return municipality.id;
}
