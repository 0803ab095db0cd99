import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase, publicTables } from "@/lib/backup/dump-database";
import { restoreDatabase } from "@/lib/backup/restore-database";
import type { SqlRunner } from "@/lib/db/migrations";
import { pgRunner, pgliteRunner } from "@/lib/db/sql-runners";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { getEvidenceFile } from "@/lib/roadmap/evidence/get-evidence-file";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Issue 15's restore test: back up, wipe, restore, and the app shows the same data and files. On PostgreSQL in CI
// (TEST_DATABASE_URL) and on PGlite locally; the same backup also restores into the other engine.
const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let runner: SqlRunner;
let client: pg.Client | null = null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nst-backup-"));
const filesDir = path.join(tmp, "files");
const pdf = Buffer.from("%PDF-1.4\n% протокол педсовета о запуске программы\n");

/** Each table's rows as one fingerprint: equal fingerprints mean equal contents, to the millisecond and the byte. */
async function fingerprint(on: SqlRunner) {
  const result: Record<string, string> = {};
  for (const table of await publicTables(on)) {
    const [row] = await on.query<{ md5: string | null }>(
      `SELECT md5(string_agg(r, '|' ORDER BY r)) AS md5 FROM (SELECT row_to_json(t)::text AS r FROM "${table}" t) x`,
    );
    result[table] = row.md5 ?? "empty";
  }
  return result;
}

beforeAll(async () => {
  process.env.FILES_DIR = filesDir;
  school = await createSchoolFixture(db(), "Резервная копия");
  if (database.pglite) runner = pgliteRunner(database.pglite);
  else {
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    runner = pgRunner(client);
  }
  actAs(await school.viewer(school.people.curator));
  const form = new FormData();
  form.set("itemId", school.item.id);
  form.set("file", new File([new Uint8Array(pdf)], "протокол.pdf"));
  const uploaded = await uploadEvidence(form);
  if (!uploaded.ok) throw new Error(uploaded.error);
  // A JSON column and an array of enums, so the restore is checked on more than text and numbers.
  await db().programme.update({ where: { id: school.programme.id }, data: { matchSettings: { weights: { subject: 3 } } } });
});

afterAll(async () => {
  await client?.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("dumps, wipes, restores: the same rows, the same files, the same pages", async () => {
    const evidence = await db().roadmapEvidence.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    const director = await school.viewer(school.people.director);
    const report = await getDirectorReport(director);
    const before = await fingerprint(runner);
    const out = path.join(tmp, "backup");
    const manifest = await dumpDatabase(runner, filesDir, out);
    expect(manifest.tables.School).toBeGreaterThanOrEqual(1);
    expect(manifest.files).toEqual({ count: 1, bytes: pdf.length });

    // Wiped: no schema, no files.
    await runner.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    fs.rmSync(filesDir, { recursive: true, force: true });
    expect(await publicTables(runner)).toEqual([]);
    await expect(db().school.count()).rejects.toThrow();

    const restored = await restoreDatabase(runner, out, filesDir);
    expect(restored.laterMigrations).toEqual([]);
    expect(await fingerprint(runner)).toEqual(before);
    expect(await getDirectorReport(await school.viewer(school.people.director))).toEqual(report);
    actAs(await school.viewer(school.people.curator));
    const file = await getEvidenceFile(await school.viewer(school.people.curator), evidence.id);
    expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);

    // A database that is not empty is refused unless told to wipe it; with --wipe the result is the same.
    await expect(restoreDatabase(runner, out, filesDir)).rejects.toThrow(/not empty/);
    await restoreDatabase(runner, out, filesDir, { wipe: true });
    expect(await fingerprint(runner)).toEqual(before);
  });

  it("restores into the embedded database and from it into PostgreSQL (how the demo moves to a server)", async () => {
    const out = path.join(tmp, "backup-cross");
    await dumpDatabase(runner, filesDir, out);
    const before = await fingerprint(runner);
    const embedded = new PGlite();
    try {
      await restoreDatabase(pgliteRunner(embedded), out, path.join(tmp, "files-embedded"));
      expect(await fingerprint(pgliteRunner(embedded))).toEqual(before);
      const serverUrl = process.env.TEST_DATABASE_URL;
      if (!serverUrl) return;
      const moved = path.join(tmp, "backup-from-embedded");
      await dumpDatabase(pgliteRunner(embedded), path.join(tmp, "files-embedded"), moved);
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const name = `nst_restore_${Date.now()}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const server = new pg.Client({ connectionString: url.toString() });
      await server.connect();
      try {
        await restoreDatabase(pgRunner(server), moved, path.join(tmp, "files-server"));
        expect(await fingerprint(pgRunner(server))).toEqual(before);
      } finally {
        await server.end();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } finally {
      await embedded.close();
    }
  });

  it("refuses a backup that does not hold together", async () => {
    const out = path.join(tmp, "backup-broken");
    await dumpDatabase(runner, filesDir, out);
    // A membership whose school is not in the backup.
    const file = path.join(out, "tables", "School.jsonl");
    fs.writeFileSync(file, "");
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    manifest.tables.School = 0;
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest));
    const target = new PGlite();
    try {
      await expect(restoreDatabase(pgliteRunner(target), out, path.join(tmp, "files-broken"))).rejects.toThrow();
      // The load is one transaction: nothing of it stays behind.
      const [row] = await pgliteRunner(target).query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person"`);
      expect(row.n).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("checks a backup whole before it wipes anything, and keeps it readable by its owner only", async () => {
    const out = path.join(tmp, "backup-truncated");
    await dumpDatabase(runner, filesDir, out);
    expect(fs.statSync(out).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(out, "tables", "Person.jsonl")).mode & 0o777).toBe(0o600);
    const before = await fingerprint(runner);
    // A table file cut short (a copy that did not finish).
    const file = path.join(out, "tables", "Person.jsonl");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split("\n").slice(0, 1).join("\n") + "\n");
    await expect(restoreDatabase(runner, out, filesDir, { wipe: true })).rejects.toThrow(/Person/);
    expect(await fingerprint(runner)).toEqual(before);
  });

  it("puts the current data back when a backup fails half-way through a --wipe", async () => {
    const out = path.join(tmp, "backup-broken-wipe");
    await dumpDatabase(runner, filesDir, out);
    const before = await fingerprint(runner);
    // Whole by its manifest, but its memberships name schools it does not hold: the foreign keys refuse it at the end.
    fs.writeFileSync(path.join(out, "tables", "School.jsonl"), "");
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    manifest.tables.School = 0;
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest));
    await expect(restoreDatabase(runner, out, filesDir, { wipe: true })).rejects.toThrow();
    expect(await fingerprint(runner)).toEqual(before);
    const [{ n }] = await runner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'nastavnik_before_restore'`,
    );
    expect(n).toBe(0);
  });
});
