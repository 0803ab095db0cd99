import { beforeAll, describe, expect, it } from "vitest";
import { fullName } from "@/lib/format/person-name";
import { getRosterSummary } from "@/lib/roster/get-roster-summary";
import { importRoster } from "@/lib/roster/import-roster";
import { listRosterPupils } from "@/lib/roster/list-roster-pupils";
import { listRosterStaff } from "@/lib/roster/list-roster-staff";
import { parsePupilView } from "@/lib/roster/roster-view-params";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { rosterForm } from "../support/roster-files";
import { addRosterUser } from "../support/roster-school";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Списки");
  other = await createSchoolFixture(database.db, "Чужие списки");
  for (const fixture of [school, other]) {
    actAs(await fixture.viewer(fixture.people.curator));
    await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv", undefined, { markLeft: "on" }));
    await importRoster(rosterForm("STAFF", "staff.csv"));
  }
});

const readsOf = (schoolId: string, userId: string) =>
  database.db.auditEntry.findMany({
    where: { schoolId, userId, action: "person.read" },
    select: { entityId: true, details: true },
  });

describe("roster lists", () => {
  it("summarise classes by status without names and without logging reads", async () => {
    const viewer = await school.viewer(school.people.curator);
    const before = (await readsOf(school.schoolId, viewer.userId)).length;
    const summary = await getRosterSummary(viewer);
    expect(summary.classes).toEqual([{ label: "7А", grade: 7, classLetter: "А", enrolled: 5, left: 2 }]);
    expect(summary).toMatchObject({ enrolled: 5, left: 2, staff: 4, staffLeft: 0 });
    expect(summary.imports.map((i) => i.kind)).toEqual(["STAFF", "PUPILS"]);
    expect((await readsOf(school.schoolId, viewer.userId)).length).toBe(before);
  });

  it("list a class of this school only, and log each read as «Список класса 7А»", async () => {
    const viewer = await school.viewer(school.people.director);
    const pupils = await listRosterPupils(viewer, parsePupilView({ class: "7 а" }));
    expect(pupils.map((p) => fullName(p.person))).toEqual([
      "Алексеева Анна Сергеевна",
      "Борисов Глеб Андреевич",
      "Григорьев Денис",
      "Дмитриева Елизавета Олеговна",
      "Ёлкина Мария Петровна",
    ]);
    expect(pupils.every((p) => p.status === "ENROLLED")).toBe(true);
    const reads = await readsOf(school.schoolId, viewer.userId);
    expect(reads.map((r) => r.entityId).sort()).toEqual(pupils.map((p) => p.person.id).sort());
    expect(reads.every((r) => (r.details as { what: string }).what === "Список класса 7А")).toBe(true);
  });

  it("filter by status: the pupils who left", async () => {
    const viewer = await school.viewer(school.people.curator);
    const left = await listRosterPupils(viewer, parsePupilView({ status: "LEFT" }));
    expect(left.map((p) => p.person.lastName).sort()).toEqual(["Ученикова", "Школьников"]);
    expect(left.every((p) => p.leftAt !== null)).toBe(true);
  });

  it("list staff with reads logged", async () => {
    const viewer = await addRosterUser(database.db, school, "psychologist-lists", "PSYCHOLOGIST");
    const psychologist = await school.viewer(viewer);
    const staff = await listRosterStaff(psychologist, "CURRENT");
    expect(staff.map((s) => s.person.lastName)).toEqual(["Кузнецова", "Лебедев", "Морозова", "Никитин"]);
    const reads = await readsOf(school.schoolId, psychologist.userId);
    expect(reads).toHaveLength(4);
    expect(reads[0].details).toEqual({ what: "Список сотрудников" });
  });

  it.each(["mentorA", "parentA", "menteeA"] as const)("refuse %s", async (who) => {
    const viewer = await school.viewer(school.people[who]);
    await expect(listRosterPupils(viewer, parsePupilView({ class: "7А" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRosterStaff(viewer, "ALL")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRosterSummary(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await readsOf(school.schoolId, viewer.userId)).toEqual([]);
  });

  it("never show another school's people", async () => {
    const viewer = await other.viewer(other.people.curator);
    const ids = (await listRosterPupils(viewer, parsePupilView({ status: "ALL" }))).map((p) => p.person.id);
    const ours = await database.db.person.findMany({ where: { schoolId: school.schoolId }, select: { id: true } });
    expect(ids).toHaveLength(7);
    expect(ids.some((id) => ours.some((p) => p.id === id))).toBe(false);
  });
});
