import { beforeAll, describe, expect, it } from "vitest";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { listMyItems } from "@/lib/roadmap/list-my-items";
import { updateOwnItem } from "@/lib/roadmap/update-own-item";
import { roadmapItemFilter, parseRoadmapView } from "@/lib/roadmap/view-params";
import { schoolYearStart } from "@/lib/roadmap/schedule";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
let mentorItemId: string;

beforeAll(async () => {
  const year = schoolYearStart(new Date());
  school = await createSchoolFixture(database.db, "Виды", year);
  other = await createSchoolFixture(database.db, "Чужие", year);
  const stageId = (await database.db.programmeStage.findFirstOrThrow({ where: { programmeId: school.programme.id } })).id;
  const item = await database.db.roadmapItem.create({
    data: {
      schoolId: school.schoolId,
      programmeId: school.programme.id,
      stageId,
      code: "1.2",
      position: 2,
      title: "Встреча с выпускниками",
      responsibleId: school.people.mentorA.userId,
      status: "IN_PROGRESS",
    },
  });
  mentorItemId = item.id;
});

describe("roadmap views", () => {
  it("filters items by status and responsible while stage progress counts every item", async () => {
    const viewer = await school.viewer(school.people.mentorA);
    const params = parseRoadmapView({ status: "IN_PROGRESS", view: "stages" });
    const roadmap = (await getRoadmap(viewer, undefined, roadmapItemFilter(params, viewer)))!;
    expect(roadmap.stages[0].items.map((i) => i.code)).toEqual(["1.2"]);
    expect(roadmap.stages[0].progress).toEqual({ done: 0, total: 2, percent: 0 });
    const mine = (await getRoadmap(viewer, undefined, roadmapItemFilter(parseRoadmapView({ view: "mine" }), viewer)))!;
    expect(mine.stages.flatMap((s) => s.items).map((i) => i.id)).toEqual([mentorItemId]);
  });

  it("ignores a malformed query string instead of failing", () => {
    expect(parseRoadmapView({ view: "weird", status: "NOPE", year: "abc" })).toEqual({
      view: "stages",
      status: undefined,
      year: undefined,
      responsible: undefined,
      stage: undefined,
    });
  });

  it("lists the open items a user is responsible for on their dashboard", async () => {
    const items = await listMyItems(await school.viewer(school.people.mentorA));
    expect(items.map((i) => i.code)).toEqual(["1.2"]);
    expect(await listMyItems(await school.viewer(school.people.menteeA))).toEqual([]);
  });
});

describe("a responsible user reports on their item", () => {
  it("changes status and result of their own item, with history", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await updateOwnItem({ itemId: mentorItemId, version: 1, status: "DONE", resultNote: "Пришли 12 выпускников" });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const change = await database.db.roadmapItemChange.findFirstOrThrow({ where: { itemId: mentorItemId } });
    expect(change.changes).toEqual([
      { field: "Статус", from: "В работе", to: "Выполнено" },
      { field: "Результат", from: "—", to: "Пришли 12 выпускников" },
    ]);
  });

  it("cannot touch an item someone else is responsible for, nor another school's", async () => {
    actAs(await school.viewer(school.people.mentorB));
    expect(await updateOwnItem({ itemId: mentorItemId, version: 2, status: "PLANNED" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await other.viewer(other.people.mentorA));
    expect(await updateOwnItem({ itemId: mentorItemId, version: 2, status: "PLANNED" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await school.viewer(school.people.menteeA));
    expect(await updateOwnItem({ itemId: mentorItemId, version: 2, status: "PLANNED" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: mentorItemId } });
    expect(item.status).toBe("DONE");
  });
});
