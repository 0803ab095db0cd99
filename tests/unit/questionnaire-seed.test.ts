import { describe, expect, it } from "vitest";
import { buildDemoSchool } from "@/prisma/seed/demo-school";
import { answersSchema } from "@/lib/questionnaires/answers-schema";
import { builtInTemplates } from "@/lib/questionnaires/library";
import { templateContentSchema } from "@/lib/questionnaires/template-content-schema";

describe("the demo school's questionnaires", () => {
  let n = 0;
  const data = buildDemoSchool({ today: new Date(2026, 10, 24), demoHash: "x", lockedHash: "y", newId: () => `id-${++n}` });

  it("has every built-in template once, version 1 of its own family", () => {
    expect(data.templates.map((t) => t.builtInKey).sort()).toEqual(builtInTemplates.map((t) => t.key).sort());
    for (const t of data.templates) expect(t).toMatchObject({ familyId: t.id, version: 1, isCurrent: true });
  });

  it("every seeded submitted response passes the validation derived from its template", () => {
    const submitted = data.responses.filter((r) => r.status === "SUBMITTED");
    expect(submitted.length).toBeGreaterThan(10);
    for (const response of submitted) {
      const questions = data.questions
        .filter((q) => q.templateId === response.templateId)
        .map((q) => ({
          id: q.id,
          type: q.type,
          required: q.required ?? true,
          options: (q.options as string[]) ?? [],
          scaleMin: q.scaleMin ?? null,
          scaleMax: q.scaleMax ?? null,
        }));
      const values = Object.fromEntries(
        data.answers
          .filter((a) => a.responseId === response.id)
          .map((a) => [a.questionId, a.numberValue ?? a.textValue ?? a.choices]),
      );
      const result = answersSchema(questions).safeParse(values);
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });
});

describe("template content schema: parameters", () => {
  it("refuses to measure one parameter by two questions", () => {
    const question = {
      type: "SCALE",
      scaleMin: 1,
      scaleMax: 10,
      minLabel: "мало",
      maxLabel: "много",
      parameter: "STRESS",
    } as const;
    const result = templateContentSchema.safeParse({
      title: "Мониторинг",
      purpose: "MONITORING",
      audience: "MENTEE",
      questions: [
        { ...question, text: "Тревога" },
        { ...question, text: "Апатия" },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["questions.1.parameter", "Этот параметр уже измеряется другим вопросом"],
    ]);
  });
});
