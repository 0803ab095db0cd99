import fs from "node:fs";
import path from "node:path";

const held = new Set<string>();

/**
 * PGlite has no lock between processes and two of them on one directory corrupt it,
 * so the first process writes its pid into a lock file and others refuse to start.
 */
export function acquireDirectoryLock(dir: string): void {
  const lockFile = path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
  if (held.has(lockFile)) return;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const owner = readOwner(lockFile);
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `Встроенная база ${dir} уже открыта процессом ${owner}. Остановите его (например, запущенное приложение) и повторите.`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  held.add(lockFile);
  process.once("exit", () => {
    if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  });
}

function readOwner(lockFile: string): number | null {
  try {
    return Number(fs.readFileSync(lockFile, "utf8")) || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
