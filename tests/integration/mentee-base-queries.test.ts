import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addPupilCandidates } from "@/lib/mentees/candidates";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { useCountingDatabase } from "../support/counting-database";
import { actAs } from "../support/test-session";

const { db, count } = useCountingDatabase();

async function schoolWithMentees(size: number) {
  const tag = randomUUID().slice(0, 8);
  const school = await db.school.create({ data: { slug: tag, name: `Школа ${tag}`, shortName: tag } });
  const user = await db.user.create({
    data: {
      login: `curator-${tag}`,
      displayName: "Куратор",
      passwordHash: "x",
      memberships: { create: { schoolId: school.id, role: "CURATOR" } },
    },
  });
  for (let i = 0; i < size; i++) {
    const parent = await db.person.create({ data: { schoolId: school.id, lastName: `Родитель${i}`, firstName: "Тест" } });
    await db.person.create({
      data: {
        schoolId: school.id,
        lastName: `Ученик${i}`,
        firstName: "Тест",
        birthDate: new Date(Date.UTC(2013, 0, 1)),
        pupil: { create: { schoolId: school.id, grade: 7, classLetter: "А" } },
        parents: { create: { schoolId: school.id, parentId: parent.id } },
        mentee: {
          create: {
            schoolId: school.id,
            kind: "PUPIL",
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
      const { statements, result: rows } = await count(() => listMenteeBase(viewer));
      expect(rows).toHaveLength(size);
      expect(rows.every((r) => r.hasConfidential && r.requestKinds.join() === "LOW_MOTIVATION")).toBe(true);
      counts.push(statements);
    }
    expect(counts[1]).toBe(counts[0]);
    // The list, its consents, its read log, and the pair and confidential-request counts for the listed mentees only
    // (two grouped queries: Prisma's relation `_count` would count the whole tables on every view).
    expect(counts[1]).toBeLessThanOrEqual(12);
  });
});

/**
 * Prisma operations run by `work`, inside transactions too (PGlite's own counter does not see a transaction's
 * statements), by pointing the app at a client extended to count them.
 */
async function countOperations<T>(work: () => Promise<T>): Promise<{ operations: number; result: T }> {
  let operations = 0;
  const counting = db.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          operations++;
          return query(args);
        },
      },
    },
  });
  setDb(counting as unknown as PrismaClient);
  try {
    return { result: await work(), operations };
  } finally {
    setDb(db);
  }
}

describe("adding a class to the mentee base", () => {
  it("writes with the same number of queries for 40 pupils as for 3, and logs each pupil", async () => {
    const counts: number[] = [];
    for (const size of [3, 40]) {
      const viewer = await schoolWithMentees(0);
      const pupils = await Promise.all(
        Array.from({ length: size }, (_, i) =>
          db.person.create({
            data: {
              schoolId: viewer.schoolId,
              lastName: `Кандидат${i}`,
              firstName: "Тест",
              pupil: { create: { schoolId: viewer.schoolId, grade: 8, classLetter: "Б" } },
            },
            select: { id: true },
          }),
        ),
      );
      const personIds = pupils.map((p) => p.id);
      actAs(viewer);
      const { operations, result } = await countOperations(() => addPupilCandidates({ personIds }));
      expect(result).toEqual({ ok: true, data: { added: size, skipped: 0 } });
      const logged = await db.auditEntry.findMany({
        where: { schoolId: viewer.schoolId, action: "mentee.add" },
        select: { entityId: true, userId: true },
      });
      expect(logged.map((e) => e.entityId).sort()).toEqual([...personIds].sort());
      expect(logged.every((e) => e.userId === viewer.userId)).toBe(true);
      counts.push(operations);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
