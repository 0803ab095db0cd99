import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-database";

// Issue 15: the app's PostgreSQL connections keep their statements prepared, so a page's queries are not parsed and
// planned again on every request. Only on a server (TEST_DATABASE_URL, as in CI): PGlite has no such connections.
const database = useTestDatabase();

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("the app's PostgreSQL connections", () => {
  it("prepare a query once and reuse it", async () => {
    const db = database.db;
    // One after the other: pg's pool hands back the connection it was just given.
    await db.school.findMany({ where: { slug: "none" }, select: { id: true } });
    await db.school.findMany({ where: { slug: "other" }, select: { id: true } });
    const prepared = await db.$queryRaw<{ name: string; statement: string }[]>`
      SELECT name, statement FROM pg_prepared_statements
      WHERE statement LIKE '%"public"."School"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^n_/);
  });
});
