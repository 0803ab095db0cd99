import { beforeAll, describe, expect, it } from "vitest";
import { addRoadmapItem } from "@/lib/roadmap/change-stage-items";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Сроки", 2026);
  // Another school's programme of a later year must not widen this school's range.
  other = await createSchoolFixture(database.db, "Соседи по срокам", 2027);
});

const refusal = "Срок должен быть в пределах 2026/2027 учебного года: с 01.09.2026 по 31.08.2027";

async function edit(dueOn: string) {
  const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } });
  return updateRoadmapItem({
    itemId: item.id,
    version: item.version,
    title: item.title,
    deadlineLabel: "",
    dueOn,
    responsibleId: "",
    coResponsibleIds: [],
    status: "PLANNED",
    resultNote: "",
  });
}

describe("a roadmap item's deadline stays inside its programme's school year", () => {
  it("accepts the first and the last day of the year, and no deadline", async () => {
    actAs(await school.viewer(school.people.curator));
    expect(await edit("2026-09-01")).toMatchObject({ ok: true });
    expect(await edit("2027-08-31")).toMatchObject({ ok: true });
    expect(await edit("")).toMatchObject({ ok: true });
    expect(
      await addRoadmapItem({ stageId: school.item.stageId, title: "Итоговая конференция", dueOn: "2027-08-31" }),
    ).toMatchObject({ ok: true });
  });

  it("refuses the day before and the day after, next to the field, and changes nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } });
    for (const dueOn of ["2026-08-31", "2027-09-01"]) {
      expect(await edit(dueOn)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { dueOn: [refusal] } });
      expect(await addRoadmapItem({ stageId: school.item.stageId, title: "Слишком поздно", dueOn })).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors: { dueOn: [refusal] },
      });
    }
    expect(await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } })).toMatchObject({
      version: before.version,
      dueOn: null,
    });
    expect(await database.db.roadmapItem.count({ where: { title: "Слишком поздно" } })).toBe(0);
  });

  it("is checked against the item's own programme, whatever other schools run", async () => {
    actAs(await other.viewer(other.people.curator));
    expect(await addRoadmapItem({ stageId: other.item.stageId, title: "Сентябрь 2027", dueOn: "2027-09-01" })).toMatchObject({
      ok: true,
    });
    actAs(await school.viewer(school.people.curator));
    expect(await edit("2027-09-01")).toMatchObject({ ok: false, fieldErrors: { dueOn: [refusal] } });
    // This school's curator cannot reach the other school's stage at all.
    expect(await addRoadmapItem({ stageId: other.item.stageId, title: "Чужой этап", dueOn: "2027-09-01" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
