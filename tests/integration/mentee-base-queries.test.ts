import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { useCountingDatabase } from "../support/counting-database";

const { db, count } = useCountingDatabase();

async function schoolWithMentees(size: number) {
  const tag = randomUUID().slice(0, 8);
  const school = await db.school.create({ data: { slug: tag, name: `Школа ${tag}`, shortName: tag } });
  const user = await db.user.create({
    data: {
      login: `curator-${tag}`, displayName: "Куратор", passwordHash: "x",
      memberships: { create: { schoolId: school.id, role: "CURATOR" } },
    },
  });
  for (let i = 0; i < size; i++) {
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
      const { statements, result: rows } = await count(() => listMenteeBase(viewer));
      expect(rows).toHaveLength(size);
      expect(rows.every((r) => r.hasConfidential && r.requestKinds.join() === "LOW_MOTIVATION")).toBe(true);
      counts.push(statements);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(10);
  });
});
