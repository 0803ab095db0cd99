import { beforeAll, describe, expect, it } from "vitest";
import { advanceStage } from "@/lib/roadmap/advance-stage";
import { getRoadmapItem } from "@/lib/roadmap/get-roadmap-item";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Карта");
  other = await createSchoolFixture(database.db, "Другая");
  await database.db.staff.create({
    data: {
      schoolId: school.schoolId,
      personId: school.people.curator.personId,
      position: "Заместитель директора",
      experienceYears: 10,
    },
  });
});

const edit = (fixture: SchoolFixture, version: number, changes: Record<string, string> = {}) => ({
  itemId: fixture.item.id,
  version,
  title: "Информирование педагогов",
  expectedResult: "",
  deadlineLabel: "Октябрь 2026",
  dueOn: "2026-10-31",
  responsibleId: "",
  coResponsibleIds: [] as string[],
  status: "PLANNED" as const,
  resultNote: "",
  ...changes,
});

describe("editing a roadmap item", () => {
  it("saves the fields and keeps who changed what, old → new", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await updateRoadmapItem(
      edit(school, 1, { responsibleId: school.people.curator.userId, deadlineLabel: "Ноябрь 2026", dueOn: "2026-11-30" }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const item = await getRoadmapItem(await school.viewer(school.people.curator), school.item.id);
    expect(item).toMatchObject({ deadlineLabel: "Ноябрь 2026", responsibleId: school.people.curator.userId, version: 2 });
    expect(item.changes).toHaveLength(1);
    expect(item.changes[0].userId).toBe(school.people.curator.userId);
    expect(item.changes[0].changes).toEqual([
      { field: "Сроки", from: "—", to: "Ноябрь 2026" },
      { field: "Крайний срок", from: "—", to: "30 ноября 2026" },
      { field: "Ответственный", from: "—", to: "Кураторова Тест" },
    ]);
  });

  it("refuses the second of two saves of the same version and returns the current values", async () => {
    actAs(await school.viewer(school.people.director));
    const stale = await updateRoadmapItem(edit(school, 1, { title: "Чужая правка" }));
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      details: { current: { deadlineLabel: "Ноябрь 2026", version: 2 } },
    });
    const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } });
    expect(item.title).toBe("Информирование педагогов");
  });

  it("assigns only staff of the same school", async () => {
    actAs(await school.viewer(school.people.curator));
    const pupil = await updateRoadmapItem(edit(school, 2, { responsibleId: school.people.menteeA.userId }));
    expect(pupil).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { responsibleId: ["Выберите сотрудника этой школы"] },
    });
  });

  it("is refused to a mentor, and to a curator of another school", async () => {
    actAs(await school.viewer(school.people.mentorA));
    expect(await updateRoadmapItem(edit(school, 2))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await other.viewer(other.people.curator));
    expect(await updateRoadmapItem(edit(school, 2))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getRoadmapItem(await other.viewer(other.people.curator), school.item.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("advancing a stage", () => {
  it("is refused while the stage has open items and no reason", async () => {
    const programme = await database.db.programme.create({
      data: { schoolId: school.schoolId, startYear: 2027, title: "Следующий год", forms: [], currentStage: "LAUNCH" },
    });
    const stage = await database.db.programmeStage.create({
      data: {
        schoolId: school.schoolId,
        programmeId: programme.id,
        number: "LAUNCH",
        position: 1,
        title: "Запуск",
        task: "",
        result: "",
      },
    });
    await database.db.roadmapItem.create({
      data: {
        schoolId: school.schoolId,
        programmeId: programme.id,
        stageId: stage.id,
        code: "1.1",
        position: 1,
        title: "Открытый пункт",
      },
    });
    actAs(await school.viewer(school.people.curator));
    const refused = await advanceStage({ programmeId: programme.id, overrideReason: "" });
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { overrideReason: [expect.stringContaining("причину")] },
    });
    expect((await database.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).currentStage).toBe("LAUNCH");

    const moved = await advanceStage({
      programmeId: programme.id,
      overrideReason: "Информирование перенесено на собрание в ноябре",
    });
    expect(moved).toEqual({ ok: true, data: { from: "LAUNCH", to: "MENTEE_BASE", openItems: 1 } });
    const transition = await database.db.stageTransition.findFirstOrThrow({ where: { programmeId: programme.id } });
    expect(transition).toMatchObject({
      openItems: 1,
      overrideReason: "Информирование перенесено на собрание в ноябре",
      userId: school.people.curator.userId,
    });
  });

  it("needs no reason once every item is done or cancelled", async () => {
    await database.db.roadmapItem.update({ where: { id: school.item.id }, data: { status: "CANCELLED" } });
    actAs(await school.viewer(school.people.curator));
    const moved = await advanceStage({ programmeId: school.programme.id, overrideReason: "" });
    expect(moved).toMatchObject({ ok: true, data: { from: "PAIR_WORK", to: "COMPLETION", openItems: 0 } });
    expect(await advanceStage({ programmeId: school.programme.id })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "Программа уже на последнем этапе.",
    });
  });

  it("is refused to a mentee and to another school", async () => {
    actAs(await school.viewer(school.people.menteeA));
    expect(await advanceStage({ programmeId: other.programme.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(school.people.curator));
    expect(await advanceStage({ programmeId: other.programme.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
