import { describe, expect, it } from "vitest";
import { builtInTemplates } from "@/lib/questionnaires/library";
import { builtInTemplateRows } from "@/lib/questionnaires/library/template-rows";
import { monitoringParameterCodes, isImprovement } from "@/lib/questionnaires/monitoring-parameters";
import { templateContentSchema } from "@/lib/questionnaires/template-content-schema";

describe("built-in questionnaire library", () => {
  it.each(builtInTemplates.map((t) => [t.key, t] as const))("%s passes the content schema unchanged", (_key, template) => {
    const { key: _ignored, ...content } = template;
    const parsed = templateContentSchema.safeParse(content);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(content);
  });

  it("has stable unique keys and covers every purpose", () => {
    const keys = builtInTemplates.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["mentee-satisfaction", "parent-survey", "monitoring", "meeting-feedback"]));
    expect(new Set(builtInTemplates.map((t) => t.purpose))).toEqual(
      new Set(["MENTEE_INTAKE", "MENTOR_INTAKE", "PARENT_SURVEY", "MEETING_FEEDBACK", "SATISFACTION", "MONITORING"]),
    );
  });

  it("the monitoring questionnaire measures each of the eight parameters once, as a number or a scale", () => {
    const monitoring = builtInTemplates.find((t) => t.purpose === "MONITORING")!;
    const measured = monitoring.questions.filter((q) => q.parameter);
    expect(measured.map((q) => q.parameter).sort()).toEqual([...monitoringParameterCodes].sort());
    expect(monitoringParameterCodes).toHaveLength(8);
    for (const q of measured) expect(["SCALE", "NUMBER"]).toContain(q.type);
    const grade = measured.find((q) => q.parameter === "AVERAGE_GRADE")!;
    expect(grade).toMatchObject({ type: "NUMBER", scaleMin: 2, scaleMax: 5 });
  });

  it("stress is better when lower", () => {
    expect(isImprovement("STRESS", 7, 4)).toBe(true);
    expect(isImprovement("STRESS", 4, 7)).toBe(false);
    expect(isImprovement("LEARNING_INTEREST", 4, 7)).toBe(true);
  });

  it("every scale has both ends labelled and sits in a sensible range", () => {
    const scales = builtInTemplates.flatMap((t) => t.questions).filter((q) => q.type === "SCALE");
    expect(scales.length).toBeGreaterThan(20);
    for (const q of scales) {
      expect(q.minLabel).not.toBe("");
      expect(q.maxLabel).not.toBe("");
      expect(q.scaleMax! - q.scaleMin!).toBeGreaterThanOrEqual(3);
    }
  });

  it("satisfaction questionnaires have the six 1–10 items and hide answers from mentors; meeting feedback shows them", () => {
    for (const t of builtInTemplates.filter((t) => t.purpose === "SATISFACTION")) {
      const items = t.questions.filter((q) => q.type === "SCALE" && q.scaleMin === 1 && q.scaleMax === 10);
      expect(items).toHaveLength(6);
      expect(t.mentorMaySeeAnswers).toBe(false);
    }
    expect(builtInTemplates.find((t) => t.purpose === "MEETING_FEEDBACK")!.mentorMaySeeAnswers).toBe(true);
  });

  it("builds rows as version 1 of their own family, positions from 1", () => {
    let n = 0;
    const rows = builtInTemplateRows("school", builtInTemplates.slice(0, 2), () => `id${++n}`);
    expect(rows.templates[0]).toMatchObject({
      id: "id1",
      familyId: "id1",
      version: 1,
      isCurrent: true,
      builtInKey: "mentee-intake",
    });
    const first = rows.questions.filter((q) => q.templateId === "id1");
    expect(first.map((q) => q.position)).toEqual(first.map((_, i) => i + 1));
    expect(first[0]).toMatchObject({ section: "Ожидания", type: "MULTIPLE_CHOICE" });
  });
});

describe("template content schema", () => {
  const base = { title: "Анкета", purpose: "SATISFACTION", audience: "MENTEE" } as const;

  it("reads options one per line and drops fields that do not apply to the type", () => {
    const parsed = templateContentSchema.parse({
      ...base,
      questions: [{ text: "Что выбрать?", type: "SINGLE_CHOICE", options: " Да \n\nНет\n", scaleMin: "1", minLabel: "x" }],
    });
    expect(parsed.questions[0]).toMatchObject({ options: ["Да", "Нет"], scaleMin: undefined, minLabel: "", required: true });
  });

  it("rejects in Russian: a scale without labelled ends, a choice with one option, a duplicated parameter", () => {
    const result = templateContentSchema.safeParse({
      ...base,
      questions: [
        { text: "Шкала", type: "SCALE", scaleMin: "1", scaleMax: "10" },
        { text: "Выбор", type: "SINGLE_CHOICE", options: "Да" },
        { text: "Стресс", type: "SCALE", scaleMin: 1, scaleMax: 5, minLabel: "мало", maxLabel: "много", parameter: "STRESS" },
        { text: "Стресс ещё", type: "NUMBER", parameter: "STRESS" },
        { text: "Текст", type: "TEXT", parameter: "OLYMPIADS" },
      ],
    });
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["questions.0.minLabel", "Подпишите начало шкалы"],
        ["questions.0.maxLabel", "Подпишите конец шкалы"],
        ["questions.1.options", "Нужно не меньше двух вариантов, по одному в строке"],
        ["questions.4.parameter", "Параметр мониторинга измеряется шкалой или числом"],
      ]),
    );
  });
});
