// npm run platform:create-coordinator -- --municipality "…" --name "Фамилия Имя Отчество" --login belova
// Creates a municipal coordinator's account in an existing municipality and prints the temporary password once
// (the coordinator changes it on /account). On the embedded database, stop the app first: PGlite allows one process.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/connection";
import { createCoordinator } from "../../lib/platform/create-coordinator";
import { newCoordinatorSchema } from "../../lib/platform/new-coordinator-schema";

const { values } = parseArgs({
  options: { municipality: { type: "string" }, name: { type: "string" }, login: { type: "string" } },
});
const db = createPrismaClient();
let exitCode = 0;
try {
  const municipality = await db.municipality.findUnique({ where: { name: (values.municipality ?? "").trim() } });
  const [lastName, firstName, ...middle] = (values.name ?? "").trim().split(/\s+/);
  const parsed = newCoordinatorSchema.safeParse({
    municipalityId: municipality?.id ?? "",
    lastName,
    firstName,
    middleName: middle.join(" "),
    login: values.login,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    console.error(
      'Пример: npm run platform:create-coordinator -- --municipality "Кстовский муниципальный округ" --name "Белова Татьяна Андреевна" --login belova',
    );
    exitCode = 1;
  } else {
    const created = await createCoordinator(db, parsed.data, null);
    console.log(`Координатор муниципалитета «${created.municipality.name}» создан: логин ${created.login}.`);
    console.log(`Временный пароль: ${created.password} (показывается один раз; сменить в профиле).`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
