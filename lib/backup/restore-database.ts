// No "server-only": the restore command runs outside Next.js.
import fs from "node:fs";
import readline from "node:readline";
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";
import { backupFilesPath, readManifest, summariseFiles, tablePath, type BackupManifest } from "./backup-format";
import { publicTables } from "./dump-database";

const BATCH = 1000;
const SET_ASIDE = "nastavnik_before_restore";
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

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

async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const batch of batches(file)) count += batch.length;
  return count;
}

/** Everything the restore needs is there and whole, checked before anything in the database is touched. */
async function checkBackup(inDir: string, manifest: BackupManifest) {
  for (const [table, rows] of Object.entries(manifest.tables)) {
    const file = tablePath(inDir, table);
    if (!fs.existsSync(file)) throw new Error(`The backup lacks the rows of ${table}.`);
    const found = await countLines(file);
    if (found !== rows) throw new Error(`${table}: the backup holds ${found} rows, its manifest says ${rows}.`);
  }
  const files = summariseFiles(backupFilesPath(inDir));
  if (files.count !== manifest.files.count || files.bytes !== manifest.files.bytes) {
    throw new Error(`The backup's files folder holds ${files.count} files, its manifest says ${manifest.files.count}.`);
  }
}

/**
 * Restores a backup folder into a database whose `public` schema is empty (or, with `wipe`, replaced — the current
 * schema is set aside and comes back if anything fails) and its files into `filesDir`. The backup is checked whole first; then the schema of the backup's migrations is built, and every
 * row is loaded in one transaction with the foreign keys set aside and added back at its end — which checks every
 * row against them, so a backup that does not hold together leaves no row behind. No superuser needed. Then the files,
 * then the migrations the code has since. Returns those.
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
  await checkBackup(inDir, manifest);

  if (options.wipe) {
    // The current data are set aside, not dropped, until the restore has succeeded: a backup that fails half-way
    // leaves the database as it was.
    const [{ leftover }] = await db.query<{ leftover: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${SET_ASIDE}') AS leftover`,
    );
    if (leftover) throw new Error(`A schema ${SET_ASIDE} is left from an interrupted restore: look at it, then drop it.`);
    await db.exec(`ALTER SCHEMA public RENAME TO ${SET_ASIDE}; CREATE SCHEMA public;`);
  } else if ((await publicTables(db)).length > 0) {
    throw new Error("The database is not empty: restore into an empty database, or pass --wipe to replace it.");
  }
  try {
    const rows = await load(db, inDir, manifest, known);
    if (options.wipe) await db.exec(`DROP SCHEMA ${SET_ASIDE} CASCADE`);
    fs.rmSync(filesDir, { recursive: true, force: true });
    if (fs.existsSync(backupFilesPath(inDir))) fs.cpSync(backupFilesPath(inDir), filesDir, { recursive: true });
    const laterMigrations = await applyMigrations(db, known);
    return { tables: Object.keys(manifest.tables).length, rows, laterMigrations };
  } catch (error) {
    if (options.wipe) await db.exec(`DROP SCHEMA public CASCADE; ALTER SCHEMA ${SET_ASIDE} RENAME TO public;`);
    throw error;
  }
}

/** The schema of the backup's migrations, then every row in one transaction with the foreign keys added back at its end. */
async function load(db: SqlRunner, inDir: string, manifest: BackupManifest, known: ReturnType<typeof readMigrations>) {
  await applyMigrations(
    db,
    known.filter((m) => manifest.migrations.includes(m.name)),
  );
  let rows = 0;
  await db.exec("BEGIN");
  try {
    const keys = await db.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    // Rows arrive table by table, not in the order of their foreign keys: the keys come back when all rows are in.
    for (const key of keys) await db.exec(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoted(key.name)}`);
    for (const table of Object.keys(manifest.tables)) {
      for await (const batch of batches(tablePath(inDir, table))) {
        await db.query(`INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [
          `[${batch.join(",")}]`,
        ]);
        rows += batch.length;
      }
    }
    for (const key of keys) await db.exec(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoted(key.name)} ${key.definition}`);
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return rows;
}
