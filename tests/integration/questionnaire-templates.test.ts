import { beforeAll, describe, expect, it } from "vitest";
import { answersSchema } from "@/lib/questionnaires/answers-schema";
import { getTemplate } from "@/lib/questionnaires/get-template";
import { installBuiltInTemplates } from "@/lib/questionnaires/install-built-in-templates";
import { builtInTemplates } from "@/lib/questionnaires/library";
import { listTemplates } from "@/lib/questionnaires/list-templates";
import { saveTemplate } from "@/lib/questionnaires/save-template";
import type { SaveTemplateInput } from "@/lib/questionnaires/template-content-schema";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Анкеты");
  other = await createSchoolFixture(database.db, "Чужая");
});

const asCurator = async (fixture = school) => actAs(await fixture.viewer(fixture.people.curator));

function content(overrides: Partial<SaveTemplateInput> = {}): SaveTemplateInput {
  return {
    title: "Анкета после экскурсии",
    intro: "Пара вопросов",
    purpose: "MEETING_FEEDBACK",
    audience: "MENTEE",
    mentorMaySeeAnswers: true,
    questions: [
      {
        section: "Впечатления",
        text: "Понравилось?",
        type: "SCALE",
        required: true,
        scaleMin: "1",
        scaleMax: "5",
        minLabel: "нет",
        maxLabel: "очень",
      },
      { section: "Впечатления", text: "Куда поедем дальше?", type: "SINGLE_CHOICE", required: true, options: "Музей\nЗавод" },
    ],
    ...overrides,
  };
}

describe("installing the built-in questionnaires", () => {
  it("adds every built-in once, as version 1 of its own family, and is idempotent", async () => {
    await asCurator();
    const first = await installBuiltInTemplates({});
    expect(first).toEqual({ ok: true, data: { installed: builtInTemplates.map((t) => t.key) } });
    const rows = await database.db.questionnaireTemplate.findMany({
      where: { schoolId: school.schoolId, builtInKey: { not: null } },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(rows).toHaveLength(builtInTemplates.length);
    for (const row of rows) {
      expect(row).toMatchObject({ familyId: row.id, version: 1, isCurrent: true });
      const source = builtInTemplates.find((t) => t.key === row.builtInKey)!;
      expect(row.questions.map((q) => q.text)).toEqual(source.questions.map((q) => q.text));
    }
    const monitoring = rows.find((r) => r.builtInKey === "monitoring")!;
    expect(monitoring.questions.find((q) => q.parameter === "AVERAGE_GRADE")).toMatchObject({
      type: "NUMBER",
      scaleMin: 2,
      scaleMax: 5,
    });

    const again = await installBuiltInTemplates({});
    expect(again).toEqual({ ok: true, data: { installed: [] } });
    expect(
      await database.db.questionnaireTemplate.count({ where: { schoolId: school.schoolId, builtInKey: { not: null } } }),
    ).toBe(builtInTemplates.length);
    const listed = await listTemplates(await school.viewer(school.people.curator));
    expect(listed.missingBuiltIns).toBe(0);
    expect(listed.templates.find((t) => t.builtInKey === "parent-survey")).toMatchObject({ version: 1, answers: 0 });
  });

  it("is refused to a mentor", async () => {
    actAs(await other.viewer(other.people.mentorA));
    expect(await installBuiltInTemplates({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await database.db.questionnaireTemplate.count({ where: { schoolId: other.schoolId, builtInKey: { not: null } } }),
    ).toBe(0);
  });
});

describe("saving a template in the builder", () => {
  it("creates a new questionnaire as version 1 of its own family", async () => {
    await asCurator();
    const result = await saveTemplate(content());
    expect(result).toMatchObject({ ok: true, data: { version: 1, newVersion: false } });
    if (!result.ok) return;
    const created = await database.db.questionnaireTemplate.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(created).toMatchObject({
      schoolId: school.schoolId,
      familyId: created.id,
      mentorMaySeeAnswers: true,
      purpose: "MEETING_FEEDBACK",
    });
    expect(created.questions.map((q) => [q.position, q.section, q.type, q.options])).toEqual([
      [1, "Впечатления", "SCALE", []],
      [2, "Впечатления", "SINGLE_CHOICE", ["Музей", "Завод"]],
    ]);
  });

  it("updates an unanswered template in place", async () => {
    await asCurator();
    const created = await saveTemplate(content({ title: "Черновик анкеты" }));
    if (!created.ok) throw new Error(created.error);
    const result = await saveTemplate(
      content({
        templateId: created.data.id,
        title: "Анкета, исправленная",
        questions: [{ text: "Сколько раз были в музее?", type: "NUMBER", required: false, scaleMin: "0", scaleMax: "" }],
      }),
    );
    expect(result).toEqual({ ok: true, data: { id: created.data.id, version: 1, newVersion: false } });
    const family = await database.db.questionnaireTemplate.findMany({
      where: { familyId: created.data.id },
      include: { questions: true },
    });
    expect(family).toHaveLength(1);
    expect(family[0].title).toBe("Анкета, исправленная");
    expect(family[0].questions).toEqual([
      expect.objectContaining({ position: 1, type: "NUMBER", required: false, scaleMin: 0, scaleMax: null, section: null }),
    ]);
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { entityId: created.data.id, action: "questionnaire-template.update" },
    });
    expect(audit.userId).toBe(school.people.curator.userId);
  });

  it("saves an answered template as version 2; the old response keeps version 1 and its answers", async () => {
    const v1 = school.template;
    const response = school.responses.menteeA;
    const [scale, single, multiple] = v1.questions;
    await database.db.questionnaireResponse.update({
      where: { id: response.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    await database.db.answer.createMany({
      data: [
        { schoolId: school.schoolId, responseId: response.id, questionId: scale.id, numberValue: 8 },
        { schoolId: school.schoolId, responseId: response.id, questionId: single.id, textValue: "Раз в месяц" },
        { schoolId: school.schoolId, responseId: response.id, questionId: multiple.id, choices: ["Учёба"] },
      ],
    });

    await asCurator();
    const result = await saveTemplate(
      content({
        templateId: v1.id,
        title: "Удовлетворённость (новая редакция)",
        purpose: "SATISFACTION",
        mentorMaySeeAnswers: false,
        questions: [
          {
            text: "Комфортно ли общаться?",
            type: "SCALE",
            scaleMin: "1",
            scaleMax: "10",
            minLabel: "совсем нет",
            maxLabel: "полностью",
          },
          { text: "Как часто встречаться?", type: "SINGLE_CHOICE", options: "Раз в неделю\nРаз в две недели" },
          { text: "Дата последней встречи", type: "DATE", required: false },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2, newVersion: true } });
    if (!result.ok) return;

    const [old, next] = await Promise.all([
      database.db.questionnaireTemplate.findUniqueOrThrow({
        where: { id: v1.id },
        include: { questions: { orderBy: { position: "asc" } } },
      }),
      database.db.questionnaireTemplate.findUniqueOrThrow({
        where: { id: result.data.id },
        include: { questions: { orderBy: { position: "asc" } } },
      }),
    ]);
    expect(old).toMatchObject({ familyId: v1.id, version: 1, isCurrent: false, title: "Удовлетворённость" });
    expect(old.questions.map((q) => q.id)).toEqual(v1.questions.map((q) => q.id));
    expect(next).toMatchObject({
      familyId: v1.id,
      version: 2,
      isCurrent: true,
      title: "Удовлетворённость (новая редакция)",
      schoolId: school.schoolId,
    });
    expect(next.questions.map((q) => q.type)).toEqual(["SCALE", "SINGLE_CHOICE", "DATE"]);

    const kept = await database.db.questionnaireResponse.findUniqueOrThrow({
      where: { id: response.id },
      include: { answers: true },
    });
    expect(kept.templateId).toBe(v1.id);
    expect(kept.answers).toHaveLength(3);
    expect(kept.answers.find((a) => a.questionId === single.id)?.textValue).toBe("Раз в месяц");

    // The response still validates against the questions it answered, not against the new version's.
    const values = Object.fromEntries(kept.answers.map((a) => [a.questionId, a.numberValue ?? a.textValue ?? a.choices]));
    expect(answersSchema(old.questions).safeParse(values).success).toBe(true);
    const againstNew = Object.fromEntries(next.questions.map((q, i) => [q.id, Object.values(values)[i]]));
    expect(answersSchema(next.questions).safeParse(againstNew).success).toBe(false);

    // Both versions are listed on the template page; the list of current templates shows only version 2.
    const viewer = await school.viewer(school.people.curator);
    const view = await getTemplate(viewer, v1.id);
    expect(view.versions.map((v) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(view.versions.find((v) => v.version === 1)?.answers).toBe(1);
    const listed = await listTemplates(viewer);
    expect(listed.templates.find((t) => t.id === result.data.id)?.version).toBe(2);
    expect(listed.templates.some((t) => t.id === v1.id)).toBe(false);

    // An old version is read-only; the next edit of version 2 (it has no responses) stays in place.
    expect(await saveTemplate(content({ templateId: v1.id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveTemplate(content({ templateId: result.data.id, title: "Удовлетворённость 2" }))).toMatchObject({
      ok: true,
      data: { id: result.data.id, version: 2, newVersion: false },
    });
  });

  it("makes a new version even when the only response is still pending", async () => {
    const template = other.template;
    await asCurator(other);
    const result = await saveTemplate(content({ templateId: template.id }));
    expect(result).toMatchObject({ ok: true, data: { version: 2, newVersion: true } });
    const pending = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: other.responses.menteeB.id } });
    expect(pending.templateId).toBe(template.id);
  });
});

describe("who may edit", () => {
  it.each(["mentorA", "parentA", "director", "menteeA"] as const)("refuses %s and writes nothing", async (who) => {
    const created = await (async () => {
      await asCurator();
      const r = await saveTemplate(content({ title: `Для проверки ${who}` }));
      if (!r.ok) throw new Error(r.error);
      return r.data;
    })();
    actAs(await school.viewer(school.people[who]));
    const result = await saveTemplate(content({ templateId: created.id, title: "Взлом" }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await database.db.questionnaireTemplate.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe(`Для проверки ${who}`);
    await expect(getTemplate(await school.viewer(school.people[who]), created.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for another school's template, read or written", async () => {
    await asCurator();
    const foreign = other.template.id;
    expect(await saveTemplate(content({ templateId: foreign, title: "Чужая правка" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expect(getTemplate(await school.viewer(school.people.curator), foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await database.db.questionnaireTemplate.findUniqueOrThrow({ where: { id: foreign } });
    expect(row.title).not.toBe("Чужая правка");
  });

  it("rejects an invalid template field by field and writes nothing", async () => {
    await asCurator();
    const before = await Promise.all([
      database.db.questionnaireTemplate.count(),
      database.db.question.count(),
      database.db.auditEntry.count(),
    ]);
    const result = await saveTemplate(
      content({
        templateId: school.template.id,
        title: "",
        questions: [{ text: "Шкала", type: "SCALE", scaleMin: "1", scaleMax: "10" }],
      }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (!result.ok) expect(result.fieldErrors?.title).toEqual(["Название — не короче 3 символов"]);
    const after = await Promise.all([
      database.db.questionnaireTemplate.count(),
      database.db.question.count(),
      database.db.auditEntry.count(),
    ]);
    expect(after).toEqual(before);
  });
});
