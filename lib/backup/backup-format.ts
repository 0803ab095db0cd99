// No "server-only": the backup and restore commands run outside Next.js.
import fs from "node:fs";
import path from "node:path";

/** What a backup folder holds besides the rows: enough to restore the same schema and to check the result. */
export interface BackupManifest {
  format: "nastavnik-backup/1";
  createdAt: string;
  /** The migrations applied when the backup was taken, in order: the restore rebuilds exactly this schema. */
  migrations: string[];
  /** Rows per table of the `public` schema (the migrations' bookkeeping table aside). */
  tables: Record<string, number>;
  files: { count: number; bytes: number };
}

export const manifestPath = (dir: string) => path.join(dir, "manifest.json");
export const tablePath = (dir: string, table: string) => path.join(dir, "tables", `${table}.jsonl`);
export const backupFilesPath = (dir: string) => path.join(dir, "files");

export function readManifest(dir: string): BackupManifest {
  const file = manifestPath(dir);
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: manifest.json is missing.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== "nastavnik-backup/1") throw new Error(`Unknown backup format: ${manifest.format}`);
  return manifest;
}

/** Count and size of every file under a folder (the uploaded files are sharded into subfolders). */
export function summariseFiles(dir: string): { count: number; bytes: number } {
  if (!fs.existsSync(dir)) return { count: 0, bytes: 0 };
  let count = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    count++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}
