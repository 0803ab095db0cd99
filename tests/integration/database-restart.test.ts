import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-database";

// Issue 15: PostgreSQL restarts under the app. Every server connection of the app is cut, as a restart does, and the
// app's client (Prisma over pg's pool) must carry on by itself. Only on a server (TEST_DATABASE_URL, as in CI): the
// embedded database has no connections to cut.
const database = useTestDatabase();

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("after the database server drops every connection", () => {
  it("the app's queries work again without a restart of the app", async () => {
    const db = database.db;
    // Warm the pool: several connections open at once.
    await Promise.all(Array.from({ length: 5 }, () => db.$queryRaw`SELECT pg_sleep(0.05)::text AS slept`));
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);
    // A request may fail while the server is away (here: the first to meet a cut connection); after that, none does.
    await Promise.allSettled([db.school.count()]);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => db.school.count()));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
  });
});
