import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDirectoryLock } from "@/lib/db/directory-lock";

function tempDir() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nst-lock-")), "pglite");
}

describe("the embedded database lock", () => {
  it("refuses a directory that a live process holds", () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => acquireDirectoryLock(dir)).toThrow(/уже открыта процессом/);
  });

  it("takes over the lock of a process that is gone", () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}.lock`, "2147483646");
    expect(() => acquireDirectoryLock(dir)).not.toThrow();
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
  });
});
