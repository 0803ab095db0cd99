import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll } from "vitest";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";

/**
 * A migrated PGlite that counts the SQL statements reaching it, so a test sees N+1 patterns whatever Prisma batches.
 * It is its own PGlite (whose query calls can be counted) on either test path. Call at the top of a test file.
 */
export function useCountingDatabase() {
  const pglite = new PGlite();
  let statements = 0;
  const query = pglite.query.bind(pglite);
  pglite.query = ((...args: Parameters<PGlite["query"]>) => {
    statements++;
    return query(...args);
  }) as PGlite["query"];
  // Statements inside a transaction go to the transaction's own `query`: count those too.
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (<T>(callback: Parameters<PGlite["transaction"]>[0]) =>
    transaction<T>((tx) => {
      const txQuery = tx.query.bind(tx);
      tx.query = ((...args: Parameters<typeof tx.query>) => {
        statements++;
        return txQuery(...args);
      }) as typeof tx.query;
      return callback(tx) as Promise<T>;
    })) as PGlite["transaction"];
  const db = createPrismaClient(undefined, pglite);

  beforeAll(async () => {
    await applyMigrations(pgliteRunner(pglite));
    setDb(db);
  });
  afterAll(async () => {
    await db.$disconnect();
    await pglite.close();
  });

  return {
    db,
    /** Statements run by `work`. */
    async count<T>(work: () => Promise<T>): Promise<{ statements: number; result: T }> {
      statements = 0;
      const result = await work();
      return { statements, result };
    },
  };
}
