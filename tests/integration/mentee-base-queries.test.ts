import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";

// Counts the SQL statements that reach the database, as tests/integration/roadmap-queries.test.ts does.
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

async function schoolWithMentees(count: number) {
  const tag = randomUUID().slice(0, 8);
  const school = await db.school.create({ data: { slug: tag, name: `Школа ${tag}`, shortName: tag } });
  const user = await db.user.create({
    data: {
      login: `curator-${tag}`, displayName: "Куратор", passwordHash: "x",
      memberships: { create: { schoolId: school.id, role: "CURATOR" } },
    },
  });
  for (let i = 0; i < count; i++) {
    const parent = await db.person.create({ data: { schoolId: school.id, lastName: `Родитель${i}`, firstName: "Тест" } });
    await db.person.create({
      data: {
        schoolId: school.id, lastName: `Ученик${i}`, firstName: "Тест", birthDate: new Date(Date.UTC(2013, 0, 1)),
        pupil: { create: { schoolId: school.id, grade: 7, classLetter: "А" } },
        parents: { create: { schoolId: school.id, parentId: parent.id } },
        mentee: {
          create: {
            schoolId: school.id, kind: "PUPIL",
            requests: {
              create: [
                { schoolId: school.id, kind: "LOW_MOTIVATION", source: "CLASS_TEACHER" },
                { schoolId: school.id, kind: "HEALTH_LIMITATIONS", source: "PERSONAL_FILE", confidential: true },
              ],
            },
          },
        },
      },
    });
  }
  return (await loadViewer(db, user.id, user.sessionVersion, school.id))!;
}

describe("the mentee base list", () => {
  it("runs the same number of queries for 40 mentees as for 3", async () => {
    const counts: number[] = [];
    for (const size of [3, 40]) {
      const viewer = await schoolWithMentees(size);
      statements = 0;
      const rows = await listMenteeBase(viewer);
      expect(rows).toHaveLength(size);
      expect(rows.every((r) => r.hasConfidential && r.requestKinds.join() === "LOW_MOTIVATION")).toBe(true);
      counts.push(statements);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(10);
  });
});
