import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";
import { pgliteRunner, pgRunner } from "@/lib/db/sql-runners";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface TestDatabase {
  readonly db: PrismaClient;
  /** The database's address on the server (TEST_DATABASE_URL set), for code that opens its own connections. */
  readonly url?: string;
  /** The embedded database's one connection (TEST_DATABASE_URL unset). */
  readonly pglite?: PGlite;
  /** With `stopBefore`: applies the migrations left out (a data migration's test fills the old shape first). */
  migrateRest(): Promise<string[]>;
}

/**
 * Gives the test file a fresh, migrated database: in-memory PGlite by default,
 * a new database on the server of TEST_DATABASE_URL when that is set (dropped afterwards).
 * `stopBefore` leaves that migration and the later ones out until `migrateRest()`.
 */
export function useTestDatabase(options: { stopBefore?: string } = {}): TestDatabase {
  const all = readMigrations();
  const cut = options.stopBefore ? all.findIndex((m) => m.name === options.stopBefore) : all.length;
  if (cut < 0) throw new Error(`No migration ${options.stopBefore}`);
  let runner: SqlRunner | null = null;
  const holder = {
    migrateRest: () => applyMigrations(runner!, all),
  } as { -readonly [K in keyof TestDatabase]: TestDatabase[K] };
  let cleanup = async () => {};
  beforeAll(async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const name = `nst_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      runner = pgRunner(client);
      await applyMigrations(runner, all.slice(0, cut));
      // Kept open only for migrateRest().
      const open = Boolean(options.stopBefore);
      if (!open) await client.end();
      holder.url = url.toString();
      holder.db = createPrismaClient(holder.url);
      cleanup = async () => {
        if (open) await client.end();
        await holder.db.$disconnect();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const pglite = new PGlite();
      runner = pgliteRunner(pglite);
      await applyMigrations(runner, all.slice(0, cut));
      holder.pglite = pglite;
      holder.db = createPrismaClient(undefined, pglite);
      cleanup = async () => {
        await holder.db.$disconnect();
        await pglite.close();
      };
    }
    setDb(holder.db);
  });
  afterAll(() => cleanup());
  return holder;
}
