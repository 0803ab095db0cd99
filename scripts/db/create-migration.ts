// npm run db:migration:new <name> — writes the next migration for the changes in prisma/schema.prisma.
// Prisma's native schema engine cannot be downloaded on every machine, so this drives the WebAssembly engine
// that npm ships: it applies the committed migrations to an in-memory PGlite and diffs that against the schema.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, migrationsDirectory } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:new <name>");
  process.exit(1);
}

async function loadEngine() {
  const wasmFile = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), {
    "./schema_engine_bg.js": engineRuntime,
  });
  engineRuntime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return engineRuntime.SchemaEngine;
}

const schemaPath = path.join("prisma", "schema.prisma");
const files = [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }];
const pglite = new PGlite();
await applyMigrations(pgliteRunner(pglite));
const SchemaEngine = await loadEngine();
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, adapter);
const { stdout } = await engine.diff({
  from: { tag: "schemaDatasource", files, configDir: process.cwd() },
  to: { tag: "schemaDatamodel", files },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = (stdout ?? "").trim();
if (!sql || sql === "-- This is an empty migration.") {
  console.log("No schema changes.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDirectory, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
process.exit(0);
