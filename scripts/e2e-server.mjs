// Starts the built app for the browser tests on a fresh demo database:
// E2E_DATABASE_URL when set (CI, real PostgreSQL), else an embedded database of its own under .data/.
// Only this script turns on the test fixtures (POST /api/e2e/schools, lib/e2e-fixtures/fixture-switch.ts), and only
// after it has wiped the database: with the token playwright.config.ts draws for the run, or a random one nobody knows.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.AUTH_SECRET ??= "e2e-only-secret-not-for-production-000000";
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else env.PGLITE_DIR = path.join(process.cwd(), ".data", "pglite-e2e");

for (const script of ["scripts/db/reset.ts", "prisma/seed.ts"]) {
  const run = spawnSync("npx", ["tsx", script], { stdio: "inherit", env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
env.E2E_FIXTURES = "1";
env.E2E_FIXTURES_TOKEN ??= randomBytes(24).toString("hex");
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
