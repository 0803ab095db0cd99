// npm run db:seed — one realistic demo school. Idempotent: a school already seeded is left as it is.
import { createPrismaClient } from "../lib/db/connection";
import { demoLogins, DEMO_PASSWORD, DEMO_SLUG } from "./seed/demo-school";
import { insertDemoSchool } from "./seed/insert-demo-school";
import { insertMunicipality } from "./seed/insert-municipality";

export async function seed(db = createPrismaClient(), today = new Date()): Promise<boolean> {
  if (await db.school.findUnique({ where: { slug: DEMO_SLUG } })) return false;
  const { schoolId } = await insertDemoSchool(db, { today });
  await insertMunicipality(db, { today, demoSchoolId: schoolId });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = createPrismaClient();
  const created = await seed(db);
  console.log(created ? "Демо-школа создана." : "Демо-школа уже есть в базе: ничего не изменено.");
  console.log(`\nВход (пароль у всех: ${DEMO_PASSWORD}):`);
  for (const { login, description } of demoLogins) console.log(`  ${login.padEnd(10)} ${description}`);
  console.log(`  ${"coordinator".padEnd(10)} муниципальный координатор: сводка по трём школам округа`);
  console.log(`  ${"operator".padEnd(10)} оператор платформы: муниципалитеты и школы`);
  await db.$disconnect();
  process.exit(0);
}
