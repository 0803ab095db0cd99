// npm run platform:create-school -- --municipality "…" --name "…" --short "…" --slug sosh-12 --admin "Фамилия Имя Отчество"
// Creates the school in the municipality (made on first use) with its first admin, and prints the admin's one-time code
// (valid 30 days, entered at /join). On the embedded database, stop the app first: PGlite allows one process.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/connection";
import { createSchoolWithAdmin } from "../../lib/platform/create-school-with-admin";
import { newSchoolSchema } from "../../lib/platform/new-school-schema";

const { values } = parseArgs({
  options: {
    municipality: { type: "string" },
    name: { type: "string" },
    short: { type: "string" },
    slug: { type: "string" },
    admin: { type: "string" },
  },
});
const [adminLastName, adminFirstName, ...middle] = (values.admin ?? "").trim().split(/\s+/);
const parsed = newSchoolSchema.safeParse({
  municipalityName: values.municipality,
  schoolName: values.name,
  shortName: values.short ?? values.name,
  slug: values.slug,
  adminLastName,
  adminFirstName,
  adminMiddleName: middle.join(" "),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error(
    'Пример: npm run platform:create-school -- --municipality "Кстовский муниципальный округ" --name "МБОУ СОШ № 12" --slug sosh-12 --admin "Иванова Мария Петровна"',
  );
  process.exit(1);
}
const db = createPrismaClient();
let exitCode = 0;
try {
  const created = await createSchoolWithAdmin(db, parsed.data, null);
  console.log(`Школа «${created.school.name}» создана в муниципалитете «${created.municipality.name}».`);
  console.log(
    `Код приглашения администратора: ${created.code} (действует до ${created.expiresAt.toISOString().slice(0, 10)}, вводится на /join).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
