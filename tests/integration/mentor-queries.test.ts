import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";
import { listMentors } from "@/lib/mentors/list-mentors";
import { listReadyMentors } from "@/lib/mentors/list-ready-mentors";
import { mentorPeople } from "../support/mentor-people";
import { createSchoolFixture } from "../support/school-fixture";

// Counts the SQL statements that reach the database (as tests/integration/roadmap-queries.test.ts does),
// so a query per mentor shows up whatever Prisma batches.
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

async function schoolWithMentors(count: number) {
  const school = await createSchoolFixture(db, `Наставники${count}`);
  await mentorPeople(db, school.schoolId).manyMentors(count, { programmeId: school.programme.id });
  return school.viewer(school.people.curator);
}

describe("the list of mentors", () => {
  it("runs the same number of queries for 30 mentors as for 3", async () => {
    const small = await schoolWithMentors(3);
    const large = await schoolWithMentors(30);

    statements = 0;
    expect(await listMentors(small)).toHaveLength(3 + 2);
    const forSmall = statements;
    statements = 0;
    const rows = await listMentors(large);
    const forLarge = statements;

    expect(rows).toHaveLength(30 + 2);
    const alumni = rows.filter((r) => r.category === "ALUMNUS");
    expect(alumni.every((r) => r.load === 1 && r.freePlaces === 1 && r.eligibility.eligible)).toBe(true);
    expect(forLarge).toBe(forSmall);
    expect(forLarge).toBeLessThanOrEqual(15);

    statements = 0;
    expect(await listReadyMentors(large)).toHaveLength(30);
    expect(statements).toBeLessThanOrEqual(15);
  });
});
