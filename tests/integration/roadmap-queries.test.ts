import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { createLargeRoadmap } from "../support/large-roadmap";

// Counts the SQL statements that reach the database, so the test sees N+1 patterns whatever Prisma batches.
// It uses its own PGlite (whose query calls it can count) on either test path.
const pglite = new PGlite();
let statements = 0;
const query = pglite.query.bind(pglite);
pglite.query = ((...args: Parameters<PGlite["query"]>) => {
  statements++;
  return query(...args);
}) as PGlite["query"];
const db = createPrismaClient(undefined, pglite);

beforeAll(async () => {
  await applyMigrations(pgliteRunner(pglite));
  setDb(db);
});
afterAll(async () => {
  await db.$disconnect();
  await pglite.close();
});

async function statementsFor(itemCount: number) {
  const viewer = await createLargeRoadmap(db, itemCount);
  statements = 0;
  const roadmap = await getRoadmap(viewer, 2026);
  expect(roadmap!.stages.flatMap((s) => s.items)).toHaveLength(itemCount);
  return statements;
}

describe("the roadmap stage view", () => {
  it("runs the same number of queries for 200 items as for 7", async () => {
    const small = await statementsFor(7);
    const large = await statementsFor(200);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
