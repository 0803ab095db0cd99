import { beforeAll, describe, expect, it } from "vitest";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { saveProgrammeAsTemplate } from "@/lib/roadmap/save-programme-as-template";
import { startProgramme } from "@/lib/roadmap/start-programme";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Шаблон");
  other = await createSchoolFixture(database.db, "Соседи");
});

describe("starting a programme from a template", () => {
  it("lays the built-in template's 1.1–7.8 and work plan over the school year", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await startProgramme({ startYear: 2027, forms: ["PUPIL_PUPIL", "TEACHER_PUPIL"], templateId: "" });
    expect(result).toMatchObject({ ok: true, data: { startYear: 2027 } });
    const roadmap = (await getRoadmap(await school.viewer(school.people.curator), 2027))!;
    expect(roadmap).toMatchObject({ forms: ["PUPIL_PUPIL", "TEACHER_PUPIL"], currentStage: "LAUNCH" });
    expect(roadmap.stages).toHaveLength(7);
    const items = roadmap.stages.flatMap((s) => s.items);
    expect(items).toHaveLength(35);
    const regular = items.find((i) => i.code === "6.4")!;
    expect(regular).toMatchObject({ deadlineLabel: "Декабрь 2027 – Март 2028", responsibleId: school.people.curator.userId });
    expect(regular.dueOn?.toISOString().slice(0, 10)).toBe("2028-03-31");
    expect(items.find((i) => i.code === "7.1")?.responsibleId).toBe(school.people.director.userId);
    expect(roadmap.workPlan).toHaveLength(24);
    // Last year's programme stays readable.
    expect((await getRoadmap(await school.viewer(school.people.curator), 2026))?.id).toBe(school.programme.id);
  });

  it("starts from the school's own edited template", async () => {
    const edited = structuredClone(defaultTemplateContent);
    edited.stages[0].items = [{ code: "1.1", title: "Педсовет о наставничестве", from: 0, responsible: "CURATOR" }];
    edited.workPlan = [{ title: "Своя строка плана", deadline: "Октябрь", responsible: "Куратор" }];
    const template = await database.db.roadmapTemplate.create({
      data: { schoolId: school.schoolId, name: "Наш шаблон", content: edited },
    });
    actAs(await school.viewer(school.people.curator));
    expect(await startProgramme({ startYear: 2028, forms: ["TEACHER_TEACHER"], templateId: template.id })).toMatchObject({
      ok: true,
    });
    const roadmap = (await getRoadmap(await school.viewer(school.people.curator), 2028))!;
    expect(roadmap.stages[0].items.map((i) => [i.title, i.deadlineLabel])).toEqual([
      ["Педсовет о наставничестве", "Сентябрь 2028"],
    ]);
    expect(roadmap.workPlan.map((r) => r.title)).toEqual(["Своя строка плана"]);
  });

  it("refuses a second programme for the same year, no forms, and another school's template", async () => {
    actAs(await school.viewer(school.people.curator));
    expect(await startProgramme({ startYear: 2027, forms: ["PUPIL_PUPIL"] })).toMatchObject({
      ok: false,
      fieldErrors: { startYear: ["Программа на 2027/2028 уже есть"] },
    });
    expect(await startProgramme({ startYear: 2029, forms: [] })).toMatchObject({
      ok: false,
      fieldErrors: { forms: ["Выберите хотя бы одну форму наставничества"] },
    });
    const foreign = await database.db.roadmapTemplate.create({
      data: { schoolId: other.schoolId, name: "Чужой", content: defaultTemplateContent },
    });
    expect(await startProgramme({ startYear: 2029, forms: ["PUPIL_PUPIL"], templateId: foreign.id })).toMatchObject({
      ok: false,
      fieldErrors: { templateId: ["Шаблон не найден"] },
    });
    expect(await database.db.programme.count({ where: { schoolId: school.schoolId, startYear: 2029 } })).toBe(0);
  });

  it("is refused to a mentor", async () => {
    actAs(await school.viewer(school.people.mentorA));
    expect(await startProgramme({ startYear: 2030, forms: ["PUPIL_PUPIL"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("saving a programme as the school's template", () => {
  it("keeps this year's edits for next year, and refuses another school's programme", async () => {
    const curator = await school.viewer(school.people.curator);
    const roadmap = (await getRoadmap(curator, 2027))!;
    const first = roadmap.stages[0].items[0];
    await database.db.roadmapItem.update({
      where: { id: first.id },
      data: { title: "Педсовет: запуск наставничества", dueOn: new Date("2027-10-31T00:00:00Z") },
    });
    actAs(curator);
    expect(await saveProgrammeAsTemplate({ programmeId: roadmap.id, name: "Наш шаблон 2027" })).toMatchObject({ ok: true });
    const template = await database.db.roadmapTemplate.findFirstOrThrow({
      where: { schoolId: school.schoolId, name: "Наш шаблон 2027" },
    });
    const stages = (template.content as { stages: { items: { title: string; from: number }[] }[] }).stages;
    expect(stages).toHaveLength(7);
    expect(stages[0].items[0]).toMatchObject({ title: "Педсовет: запуск наставничества", from: 1 });
    expect(await saveProgrammeAsTemplate({ programmeId: school.programme.id, name: "Неполный" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await saveProgrammeAsTemplate({ programmeId: other.programme.id, name: "Украденный" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
