// No "server-only": the restore command runs outside Next.js.
import fs from "node:fs";
import readline from "node:readline";
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";
import { backupFilesPath, readManifest, summariseFiles, tablePath } from "./backup-format";
import { publicTables } from "./dump-database";

const BATCH = 1000;
const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

async function* batches(file: string) {
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let batch: string[] = [];
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Restores a backup folder into a database whose `public` schema is empty (or, with `wipe`, emptied first) and its
 * files into `filesDir` (replaced): rebuilds the schema of the backup's migrations, loads every row in one transaction
 * with foreign keys checked at the end of the load, checks the counts, then applies the migrations the code has
 * since. Returns the migrations applied after the backup's own.
 */
export async function restoreDatabase(
  db: SqlRunner,
  inDir: string,
  filesDir: string,
  options: { wipe?: boolean } = {},
): Promise<{ tables: number; rows: number; laterMigrations: string[] }> {
  const manifest = readManifest(inDir);
  const known = readMigrations();
  const missing = manifest.migrations.filter((name) => !known.some((m) => m.name === name));
  if (missing.length) throw new Error(`The backup is from a newer version: migrations ${missing.join(", ")} are unknown here.`);

  if (options.wipe) await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  else if ((await publicTables(db)).length > 0) {
    throw new Error("The database is not empty: restore into an empty database, or pass --wipe to replace it.");
  }
  await applyMigrations(
    db,
    known.filter((m) => manifest.migrations.includes(m.name)),
  );

  let rows = 0;
  await db.exec("BEGIN");
  try {
    // Rows arrive table by table, not in the order of their foreign keys: those are checked when the load ends.
    await db.exec("SET LOCAL session_replication_role = replica");
    for (const table of Object.keys(manifest.tables)) {
      for await (const batch of batches(tablePath(inDir, table))) {
        await db.query(`INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [
          `[${batch.join(",")}]`,
        ]);
        rows += batch.length;
      }
      const [{ count }] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${quoted(table)}`);
      if (count !== manifest.tables[table]) {
        throw new Error(`${table}: ${count} rows restored, the backup holds ${manifest.tables[table]}.`);
      }
    }
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK").catch(() => undefined);
    throw error;
  }
  await checkForeignKeys(db);

  fs.rmSync(filesDir, { recursive: true, force: true });
  if (fs.existsSync(backupFilesPath(inDir))) fs.cpSync(backupFilesPath(inDir), filesDir, { recursive: true });
  const files = summariseFiles(filesDir);
  if (files.count !== manifest.files.count || files.bytes !== manifest.files.bytes) {
    throw new Error(`Files: ${files.count} (${files.bytes} bytes) restored, the backup holds ${manifest.files.count}.`);
  }
  const laterMigrations = await applyMigrations(db, known);
  return { tables: Object.keys(manifest.tables).length, rows, laterMigrations };
}

/**
 * The load skipped the foreign-key triggers, so each constraint is validated once over the loaded rows: a backup
 * that does not hold together (a row whose parent is missing) fails here instead of serving broken pages.
 */
async function checkForeignKeys(db: SqlRunner) {
  const constraints = await db.query<{ table: string; name: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name FROM pg_constraint
     WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
  );
  for (const { table, name } of constraints) {
    await db.exec(
      `ALTER TABLE ${table} DROP CONSTRAINT ${quoted(name)}, ADD CONSTRAINT ${quoted(name)} ${await definition(db, name)}`,
    );
  }
}

async function definition(db: SqlRunner, name: string): Promise<string> {
  const [row] = await db.query<{ def: string }>(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1 AND connamespace = 'public'::regnamespace`,
    [name],
  );
  return row.def;
}
