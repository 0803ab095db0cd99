// Starts the built app for the browser tests on a fresh demo database:
// E2E_DATABASE_URL when set (CI, real PostgreSQL), else an embedded database of its own under .data/.
import { spawn, spawnSync } from "node:child_process";
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
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
