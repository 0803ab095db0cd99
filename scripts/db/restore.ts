// npm run db:restore -- --from backups/2026-12-01 [--wipe] — restores a backup of npm run db:backup into the database
// (PostgreSQL at DATABASE_URL, else the embedded one: stop the app first) and its files into the files folder (FILES_DIR).
// Without --wipe the database must be empty; with it, everything in it is replaced.
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/lib/backup/restore-database";
import { filesDirectory } from "@/lib/files/file-paths";
import { withRunner } from "./with-runner";

const { values } = parseArgs({ options: { from: { type: "string" }, wipe: { type: "boolean", default: false } } });
if (!values.from) {
  console.error("Usage: npm run db:restore -- --from <backup folder> [--wipe]");
  process.exit(1);
}
try {
  const result = await withRunner((db) =>
    restoreDatabase(db, path.resolve(values.from!), filesDirectory(), { wipe: values.wipe }),
  );
  console.log(`Restored ${result.rows} rows in ${result.tables} tables and the files.`);
  if (result.laterMigrations.length) console.log(`Then applied: ${result.laterMigrations.join(", ")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
