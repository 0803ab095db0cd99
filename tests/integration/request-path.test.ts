import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { endSession } from "@/lib/auth/end-session";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { useCountingDatabase } from "../support/counting-database";
import { createSchoolFixture } from "../support/school-fixture";

// Issue 15: what every signed-in request pays before its page's own queries.
const { db, count } = useCountingDatabase();

describe("the viewer of a request", () => {
  it("is loaded in one statement, with every school, role and beyond-school role", async () => {
    const a = await createSchoolFixture(db, "Альфа");
    const b = await createSchoolFixture(db, "Бета");
    const userId = a.people.curator.userId;
    await db.membership.createMany({
      data: [
        { userId, schoolId: b.schoolId, role: "MENTOR" },
        { userId, schoolId: b.schoolId, role: "DIRECTOR", deactivatedAt: new Date() },
      ],
    });
    const municipality = await db.municipality.create({ data: { name: `Округ ${a.schoolId}` } });
    await db.municipalMembership.create({ data: { userId, municipalityId: municipality.id } });
    await db.platformOperator.create({ data: { userId } });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });

    const { statements, result: viewer } = await count(() =>
      loadViewer(db, userId, user.sessionVersion, b.schoolId, "live-session"),
    );

    expect(statements).toBe(1);
    expect(viewer).toMatchObject({
      userId,
      schoolId: b.schoolId,
      schoolName: "Школа Бета",
      timeZone: "Europe/Moscow",
      roles: expect.arrayContaining(["MENTOR", "COORDINATOR", "OPERATOR"]),
      schools: [
        { id: a.schoolId, name: "Школа Альфа" },
        { id: b.schoolId, name: "Школа Бета" },
      ],
      municipality: { id: municipality.id, name: municipality.name },
    });
    expect(viewer!.roles).not.toContain("DIRECTOR");
    expect(viewer!.roles).not.toContain("CURATOR");
  });

  it("is refused for an ended session, a stale session version and a disabled account, still in one statement", async () => {
    const school = await createSchoolFixture(db, "Гамма");
    const userId = school.people.mentorA.userId;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await loadViewer(db, userId, user.sessionVersion, undefined, "s-1")).not.toBeNull();

    await endSession(db, "s-1", userId);
    const ended = await count(() => loadViewer(db, userId, user.sessionVersion, undefined, "s-1"));
    expect(ended).toEqual({ statements: 1, result: null });
    expect(await loadViewer(db, userId, user.sessionVersion + 1, undefined, "s-2")).toBeNull();
    await db.user.update({ where: { id: userId }, data: { isActive: false } });
    expect(await loadViewer(db, userId, user.sessionVersion, undefined, "s-2")).toBeNull();
  });

  it("has no school and no viewer once every membership is switched off", async () => {
    const school = await createSchoolFixture(db, "Дельта");
    const userId = school.people.mentorB.userId;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    await db.membership.updateMany({ where: { userId }, data: { deactivatedAt: new Date() } });
    expect(await loadViewer(db, userId, user.sessionVersion)).toBeNull();
  });
});

describe("the director's report", () => {
  it("counts satisfaction with the other KPIs: no separate scans of answers", async () => {
    const school = await createSchoolFixture(db, "Эпсилон");
    const viewer = await school.viewer(school.people.director);
    const { statements } = await count(() => getDirectorReport(viewer));
    // KPIs, pairs by form, trends; the monitoring's programme, pairs and responses; the viewer's reads are not audited.
    expect(statements).toBeLessThanOrEqual(6);
  });
});
