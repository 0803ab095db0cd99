import { describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();

describe("the demo seed", () => {
  it("builds a realistic school once and is idempotent", async () => {
    const today = new Date(2026, 10, 24);
    expect(await seed(database.db, today)).toBe(true);
    const db = database.db;
    const school = await db.school.findUniqueOrThrow({ where: { slug: "demo" } });
    const pupils = await db.pupil.groupBy({ by: ["grade"], where: { schoolId: school.id }, _count: { _all: true } });
    expect(pupils.map((p) => p.grade).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(await db.pupil.count()).toBeGreaterThanOrEqual(290);
    expect(await db.staff.count({ where: { position: { startsWith: "Учитель" } } })).toBe(40);
    const programme = await db.programme.findFirstOrThrow({ include: { items: true, stages: true } });
    expect(programme).toMatchObject({ startYear: 2026, currentStage: "PAIR_WORK" });
    expect(programme.stages).toHaveLength(7);
    expect(programme.items.map((i) => i.code)).toContain("7.8");
    const forms = await db.mentorship.groupBy({ by: ["form"], _count: { _all: true } });
    expect(forms.length).toBeGreaterThanOrEqual(4);
    expect(await db.mentorship.count()).toBeGreaterThanOrEqual(22);
    expect(await db.meeting.count()).toBeGreaterThan(50);
    expect(await db.questionnaireResponse.count({ where: { status: "SUBMITTED" } })).toBeGreaterThan(10);
    for (const login of ["curator", "director", "admin", "mentor", "mentee", "parent"]) {
      expect(await db.user.findUnique({ where: { login } })).not.toBeNull();
    }

    const counts = await Promise.all([db.person.count(), db.meeting.count(), db.user.count()]);
    expect(await seed(database.db, today)).toBe(false);
    expect(await Promise.all([db.person.count(), db.meeting.count(), db.user.count()])).toEqual(counts);
  });
});
