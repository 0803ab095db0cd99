import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Uploaded files live in one folder (FILES_DIR, default .data/files), named by a random key kept in the database:
 * a backup of the database plus this folder restores everything.
 */
export function filesDirectory(): string {
  return process.env.FILES_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "files");
}

function pathOf(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("bad storage key");
  return path.join(/*turbopackIgnore: true*/ filesDirectory(), key.slice(0, 2), key);
}

export async function storeFile(bytes: Uint8Array): Promise<string> {
  const key = randomUUID();
  await fs.mkdir(path.dirname(pathOf(key)), { recursive: true });
  await fs.writeFile(pathOf(key), bytes, { flag: "wx" });
  return key;
}

export function readStoredFile(key: string): Promise<Buffer> {
  return fs.readFile(pathOf(key));
}

export async function deleteStoredFile(key: string): Promise<void> {
  await fs.rm(pathOf(key), { force: true });
}
