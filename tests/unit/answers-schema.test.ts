import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answersSchema, type QuestionSpec } from "@/lib/questionnaires/answers-schema";

const q = (id: string, type: QuestionSpec["type"], extra: Partial<QuestionSpec> = {}): QuestionSpec => ({
  id,
  type,
  required: true,
  options: [],
  scaleMin: null,
  scaleMax: null,
  ...extra,
});

const schema = answersSchema([
  q("scale", "SCALE", { scaleMin: 1, scaleMax: 10 }),
  q("single", "SINGLE_CHOICE", { options: ["Да", "Нет"] }),
  q("multi", "MULTIPLE_CHOICE", { options: ["А", "Б", "В"] }),
  q("text", "TEXT"),
  q("note", "TEXT", { required: false }),
]);

describe("answersSchema", () => {
  it("accepts well-formed answers and coerces form strings", () => {
    const result = schema.safeParse({ scale: "7", single: "Да", multi: "Б", text: " ответ ", note: "" });
    expect(result.success && result.data).toEqual({ scale: 7, single: "Да", multi: ["Б"], text: "ответ", note: "" });
  });

  it("explains each problem in Russian", () => {
    const result = schema.safeParse({ scale: "", single: "Может быть", multi: [], text: "   " });
    expect(result.success).toBe(false);
    const errors = result.error!.issues.map((i) => [i.path[0], i.message]);
    expect(errors).toEqual([
      ["scale", "Выберите оценку"],
      ["single", "Выберите один из вариантов"],
      ["multi", "Выберите хотя бы один вариант"],
      ["text", "Введите ответ"],
    ]);
  });

  it("rejects a scale value out of range and an unknown option", () => {
    expect(schema.safeParse({ scale: 0, single: "Да", multi: ["Г"], text: "x" }).success).toBe(false);
    expect(schema.safeParse({ scale: 10, single: "Нет", multi: ["А", "В"], text: "x" }).success).toBe(true);
  });
});

describe("number and date answers", () => {
  const questions = [
    { id: "grade", type: "NUMBER" as const, required: true, options: [], scaleMin: 2, scaleMax: 5 },
    { id: "olympiad", type: "DATE" as const, required: false, options: [], scaleMin: null, scaleMax: null },
  ];

  it("accepts a number within its bounds and a real date", () => {
    expect(answersSchema(questions).parse({ grade: "4.5", olympiad: "2026-11-20" })).toEqual({
      grade: 4.5,
      olympiad: "2026-11-20",
    });
    expect(answersSchema(questions).parse({ grade: 3, olympiad: "" })).toEqual({ grade: 3 });
  });

  it("refuses a number out of bounds, a missing required number and an impossible date, in Russian", () => {
    const out = answersSchema(questions).safeParse({ grade: "7", olympiad: "2026-02-31" });
    expect(out.success).toBe(false);
    const errors = out.success ? {} : z.flattenError(out.error).fieldErrors;
    expect(errors).toMatchObject({ grade: ["Не больше 5"], olympiad: ["Такой даты нет"] });
    const missing = answersSchema(questions).safeParse({ grade: "" });
    expect(missing.success ? {} : z.flattenError(missing.error).fieldErrors).toMatchObject({ grade: ["Введите число"] });
  });
});
