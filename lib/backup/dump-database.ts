// No "server-only": the backup command runs outside Next.js.
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "@/lib/db/migrations";
import { backupFilesPath, manifestPath, summariseFiles, tablePath, type BackupManifest } from "./backup-format";

const BATCH = 2000;

/** The tables of the `public` schema, the migrations' bookkeeping aside (pg-boss keeps its queue in its own schema). */
export async function publicTables(db: SqlRunner): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

export async function appliedMigrations(db: SqlRunner): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

/**
 * Writes every row of the database as JSON lines, one file per table, from one read-only snapshot (a running app
 * may keep writing: the backup is what the database was at one moment), then copies the files folder beside it.
 * Portable between PostgreSQL and the embedded PGlite, so the same folder restores into either.
 */
export async function dumpDatabase(db: SqlRunner, filesDir: string, outDir: string): Promise<BackupManifest> {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty.`);
  // Every child's data and the password hashes: readable by the owner only.
  fs.mkdirSync(path.join(outDir, "tables"), { recursive: true, mode: 0o700 });
  fs.chmodSync(outDir, 0o700);
  const tables: Record<string, number> = {};
  await db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  let migrations: string[];
  try {
    migrations = await appliedMigrations(db);
    for (const table of await publicTables(db)) {
      const out = fs.openSync(tablePath(outDir, table), "w", 0o600);
      let count = 0;
      try {
        await db.exec(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoted(table)} t`);
        for (;;) {
          const rows = await db.query<{ row: string }>(`FETCH ${BATCH} FROM backup_rows`);
          if (rows.length === 0) break;
          fs.writeSync(out, rows.map((r) => r.row).join("\n") + "\n");
          count += rows.length;
        }
        await db.exec("CLOSE backup_rows");
      } finally {
        fs.closeSync(out);
      }
      tables[table] = count;
    }
  } finally {
    await db.exec("COMMIT");
  }
  if (fs.existsSync(filesDir)) fs.cpSync(filesDir, backupFilesPath(outDir), { recursive: true });
  const manifest: BackupManifest = {
    format: "nastavnik-backup/1",
    createdAt: new Date().toISOString(),
    migrations,
    tables,
    files: summariseFiles(backupFilesPath(outDir)),
  };
  fs.writeFileSync(manifestPath(outDir), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}
