import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { storedFilePath as pathOf } from "./file-paths";

export { filesDirectory } from "./file-paths";

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
