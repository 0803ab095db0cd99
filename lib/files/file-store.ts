import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { storedFilePath as pathOf } from "./file-paths";

export { filesDirectory } from "./file-paths";

const NO_SPACE = new Set(["ENOSPC", "EDQUOT"]);

/**
 * Writes a new file and returns its key. A write that fails (a full disk) leaves no partial file behind; callers write
 * their row only after this returns, so no row ever points at a missing file.
 */
export async function storeFile(bytes: Uint8Array): Promise<string> {
  const key = randomUUID();
  try {
    await fs.mkdir(path.dirname(pathOf(key)), { recursive: true });
    await fs.writeFile(pathOf(key), bytes, { flag: "wx" });
  } catch (error) {
    await fs.rm(pathOf(key), { force: true }).catch(() => undefined);
    if (NO_SPACE.has((error as NodeJS.ErrnoException).code ?? "")) {
      throw new AppError("CONFLICT", "Файл не сохранён: на сервере закончилось место. Сообщите администратору школы.", {
        file: ["Файл не сохранён: на сервере нет места"],
      });
    }
    throw error;
  }
  return key;
}

export function readStoredFile(key: string): Promise<Buffer> {
  return fs.readFile(pathOf(key));
}

export async function deleteStoredFile(key: string): Promise<void> {
  await fs.rm(pathOf(key), { force: true });
}
