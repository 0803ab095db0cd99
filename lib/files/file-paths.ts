// No "server-only": the anonymisation job, which runs outside Next.js, deletes files by these paths too.
import path from "node:path";

/**
 * Uploaded files live in one folder (FILES_DIR, default .data/files), named by a random key kept in the database:
 * a backup of the database plus this folder restores everything.
 */
export function filesDirectory(): string {
  return process.env.FILES_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "files");
}

export function storedFilePath(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("bad storage key");
  return path.join(/*turbopackIgnore: true*/ filesDirectory(), key.slice(0, 2), key);
}
