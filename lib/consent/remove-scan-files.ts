// Runs in the anonymisation job outside Next.js too, so it cannot import lib/files/file-store.ts ("server-only");
// it follows that store's layout: FILES_DIR (default .data/files) / first two characters of the key / key.
import fs from "node:fs/promises";
import path from "node:path";

function scanPath(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("bad storage key");
  const directory = process.env.FILES_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "files");
  return path.join(/*turbopackIgnore: true*/ directory, key.slice(0, 2), key);
}

/** Deletes stored consent scans; returns the keys that could not be deleted (a missing file counts as deleted). */
export async function removeScanFiles(keys: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const key of keys) {
    try {
      await fs.rm(scanPath(key), { force: true });
    } catch {
      failed.push(key);
    }
  }
  return failed;
}
