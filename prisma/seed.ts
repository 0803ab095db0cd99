// npm run db:seed — one realistic demo school. Idempotent: a school already seeded is left as it is.
import { createPrismaClient } from "../lib/db/connection";
import { demoLogins, DEMO_PASSWORD, DEMO_SLUG } from "./seed/demo-school";
import { insertDemoSchool } from "./seed/insert-demo-school";

export async function seed(db = createPrismaClient(), today = new Date()): Promise<boolean> {
  if (await db.school.findUnique({ where: { slug: DEMO_SLUG } })) return false;
  await insertDemoSchool(db, { today });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = createPrismaClient();
  const created = await seed(db);
  console.log(created ? "Демо-школа создана." : "Демо-школа уже есть в базе: ничего не изменено.");
  console.log(`\nВход (пароль у всех: ${DEMO_PASSWORD}):`);
  for (const { login, description } of demoLogins) console.log(`  ${login.padEnd(10)} ${description}`);
  await db.$disconnect();
  process.exit(0);
}
