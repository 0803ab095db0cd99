// `prisma generate` needs no schema engine, yet the CLI tries to download one first unless this variable names a file.
// Machines without access to Prisma's binary host (ours) would fail without it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const run = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(run.status ?? 1);
