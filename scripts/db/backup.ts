// npm run db:backup [-- --out backups/2026-12-01] — every row of the database (PostgreSQL at DATABASE_URL, else the
// embedded one: stop the app first) as JSON lines per table, plus the uploaded files folder, into a new folder.
// Restore with npm run db:restore; the same folder moves the demo from the embedded database to PostgreSQL.
import path from "node:path";
import { parseArgs } from "node:util";
import { dumpDatabase } from "@/lib/backup/dump-database";
import { filesDirectory } from "@/lib/files/file-paths";
import { withRunner } from "./with-runner";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = path.resolve(values.out ?? path.join("backups", new Date().toISOString().replaceAll(":", "-").slice(0, 19)));
try {
  const manifest = await withRunner((db) => dumpDatabase(db, filesDirectory(), out));
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(`Backup in ${out}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.count} files.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
