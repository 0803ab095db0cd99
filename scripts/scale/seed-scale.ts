// npm run seed:scale -- --schools 50 [--factor 1] [--seed 20261201] — a municipality of generated schools for the
// benchmark (issue 15): 50 schools hold 50,000 pupils, 4,000 staff, 15,000 pairs and groups, ~300,000 meetings,
// ~500,000 answers and 2,000,000 audit entries. Into a fresh database: PostgreSQL at DATABASE_URL, else the embedded
// one. Logins: s<k>.director, s<k>.curator, s<k>.mentor, s<k>.mentee, s<k>.parent, scale.coordinator (demo password).
import { parseArgs } from "node:util";
import { createPrismaClient, openPglite } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner, pgRunner } from "@/lib/db/sql-runners";
import { generateScale } from "@/prisma/seed/scale/generate-scale";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-school";

const { values } = parseArgs({
  options: {
    schools: { type: "string", default: "50" },
    factor: { type: "string", default: "1" },
    seed: { type: "string", default: "20261201" },
  },
});
const schools = Number(values.schools);
const factor = Number(values.factor);
if (!Number.isInteger(schools) || schools < 1 || !(factor > 0)) {
  console.error("Usage: npm run seed:scale -- --schools 50 [--factor 1] [--seed 20261201]");
  process.exit(1);
}

const started = Date.now();
const url = process.env.DATABASE_URL;
const pglite = url ? undefined : openPglite();
const client = url ? new pg.Client({ connectionString: url }) : undefined;
await client?.connect();
const sql = client ? pgRunner(client) : pgliteRunner(pglite!);
const db = createPrismaClient(url, pglite);
let exitCode = 0;
try {
  await applyMigrations(sql);
  const { totals } = await generateScale(db, sql, {
    schools,
    factor,
    seed: Number(values.seed),
    password: DEMO_PASSWORD,
    log: (line) => console.log(line),
  });
  console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
  for (const [table, count] of Object.entries(totals)) console.log(`  ${table.padEnd(22)} ${count.toLocaleString("ru-RU")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await client?.end();
  await pglite?.close();
}
process.exit(exitCode);
