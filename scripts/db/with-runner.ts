import pg from "pg";
import { openPglite } from "@/lib/db/connection";
import type { SqlRunner } from "@/lib/db/migrations";
import { pgRunner, pgliteRunner } from "@/lib/db/sql-runners";

/** One connection to PostgreSQL (DATABASE_URL) or to the embedded database (the app must be stopped: one process). */
export async function withRunner<T>(work: (db: SqlRunner) => Promise<T>, databaseUrl = process.env.DATABASE_URL): Promise<T> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await work(pgRunner(client));
    } finally {
      await client.end();
    }
  }
  const pglite = openPglite();
  try {
    return await work(pgliteRunner(pglite));
  } finally {
    await pglite.close();
  }
}
