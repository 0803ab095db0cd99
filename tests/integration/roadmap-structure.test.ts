import { beforeAll, describe, expect, it } from "vitest";
import { addRoadmapItem, moveRoadmapItem, removeRoadmapItem } from "@/lib/roadmap/change-stage-items";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
let stageId: string;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Порядок");
  other = await createSchoolFixture(database.db, "Сосед");
  stageId = (await database.db.programmeStage.findFirstOrThrow({ where: { programmeId: school.programme.id } })).id;
});

const codes = async () =>
  (
    await database.db.roadmapItem.findMany({
      where: { stageId },
      orderBy: { position: "asc" },
      select: { code: true, title: true },
    })
  ).map((i) => `${i.code} ${i.title}`);

describe("adding, moving and removing items in a stage", () => {
  it("adds at the end with the next code", async () => {
    actAs(await school.viewer(school.people.curator));
    expect(
      await addRoadmapItem({ stageId, title: "Родительское собрание", deadlineLabel: "Октябрь 2026", dueOn: "2026-10-20" }),
    ).toMatchObject({
      ok: true,
      data: { code: "1.2" },
    });
    await addRoadmapItem({ stageId, title: "Встреча с выпускниками" });
    expect(await codes()).toEqual(["1.1 Информирование педагогов", "1.2 Родительское собрание", "1.3 Встреча с выпускниками"]);
  });

  it("moves an item and renumbers the stage", async () => {
    actAs(await school.viewer(school.people.curator));
    const last = await database.db.roadmapItem.findFirstOrThrow({ where: { stageId, title: "Встреча с выпускниками" } });
    expect(await moveRoadmapItem({ itemId: last.id, direction: "up" })).toMatchObject({ ok: true });
    expect(await moveRoadmapItem({ itemId: last.id, direction: "up" })).toMatchObject({ ok: true });
    expect(await moveRoadmapItem({ itemId: last.id, direction: "up" })).toMatchObject({ ok: true });
    expect(await codes()).toEqual(["1.1 Встреча с выпускниками", "1.2 Информирование педагогов", "1.3 Родительское собрание"]);
    const history = await database.db.roadmapItemChange.findMany({ where: { itemId: last.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.changes)).toEqual([
      [{ field: "Пункт", from: "—", to: "добавлен" }],
      [{ field: "№ п/п", from: "1.3", to: "1.2" }],
      [{ field: "№ п/п", from: "1.2", to: "1.1" }],
    ]);
  });

  it("removes an item only at the version the user saw, then renumbers", async () => {
    actAs(await school.viewer(school.people.curator));
    const item = await database.db.roadmapItem.findFirstOrThrow({ where: { stageId, title: "Информирование педагогов" } });
    expect(await removeRoadmapItem({ itemId: item.id, version: item.version + 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await removeRoadmapItem({ itemId: item.id, version: item.version })).toMatchObject({ ok: true });
    expect(await codes()).toEqual(["1.1 Встреча с выпускниками", "1.2 Родительское собрание"]);
  });

  it("moves the version of a renumbered item, so an edit made against its old number is refused", async () => {
    actAs(await school.viewer(school.people.curator));
    const [first, second] = await database.db.roadmapItem.findMany({ where: { stageId }, orderBy: { position: "asc" } });
    expect(await moveRoadmapItem({ itemId: first.id, direction: "down" })).toMatchObject({ ok: true });
    const moved = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: second.id } });
    expect(moved.version).toBe(second.version + 1);
    expect(await removeRoadmapItem({ itemId: second.id, version: second.version })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await moveRoadmapItem({ itemId: first.id, direction: "up" })).toMatchObject({ ok: true });
  });

  it("is refused to a mentor and to another school", async () => {
    const item = await database.db.roadmapItem.findFirstOrThrow({ where: { stageId } });
    actAs(await school.viewer(school.people.mentorA));
    expect(await addRoadmapItem({ stageId, title: "Чужой пункт" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await other.viewer(other.people.curator));
    expect(await addRoadmapItem({ stageId, title: "Чужой пункт" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await moveRoadmapItem({ itemId: item.id, direction: "down" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeRoadmapItem({ itemId: item.id, version: item.version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await codes()).toHaveLength(2);
  });
});
