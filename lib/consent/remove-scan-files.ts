// Runs in the anonymisation job outside Next.js too, so it uses the file paths, not the "server-only" file store.
import fs from "node:fs/promises";
import { storedFilePath } from "@/lib/files/file-paths";
/** Deletes stored consent scans; returns the keys that could not be deleted (a missing file counts as deleted). */
export async function removeScanFiles(keys: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const key of keys) {
    try {
      await fs.rm(storedFilePath(key), { force: true });
    } catch {
      failed.push(key);
    }
  }
  return failed;
}
