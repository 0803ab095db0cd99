import { describe, expect, it } from "vitest";
import { findNulFields, nulRefusal, rejectNul } from "@/lib/validation/reject-nul";

describe("findNulFields", () => {
  it("names the top-level field of any string holding a NUL, however deep", () => {
    expect(findNulFields({ title: "ok", topic: "a\u0000b" })).toEqual(["topic"]);
    expect(findNulFields({ answers: { q1: ["Учёба", "x\u0000"] }, responseId: "r1" })).toEqual(["answers"]);
    expect(findNulFields({ answers: { "q\u0000": "x" } })).toEqual(["answers"]);
    expect(findNulFields("a\u0000")).toEqual([""]);
    expect(findNulFields({ title: "Обычный текст", n: 5, flag: false, none: null, list: ["a", "b"] })).toEqual([]);
  });

  it("reads FormData fields and file names", () => {
    const form = new FormData();
    form.set("reason", "bad\u0000");
    form.set("file", new File(["x"], "scan\u0000.pdf"));
    form.set("clean", "ok");
    expect(findNulFields(form).sort()).toEqual(["file", "reason"]);
  });

  it("neither loops on cyclic input nor overflows on deep input", () => {
    const cyclic: Record<string, unknown> = { title: "ok" };
    cyclic.self = cyclic;
    expect(findNulFields(cyclic)).toEqual([]);
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(findNulFields({ deep })).toEqual(["deep"]);
  });
});

describe("the refusal", () => {
  it("is INVALID with a Russian message next to the field", () => {
    expect(nulRefusal({ login: "a\u0000" })).toEqual({
      ok: false,
      code: "INVALID",
      error: "Проверьте поля формы.",
      fieldErrors: { login: ["Недопустимый символ в тексте"] },
    });
    expect(nulRefusal({ login: "a" })).toBeNull();
    expect(() => rejectNul({ topic: "\u0000" })).toThrow(
      expect.objectContaining({ code: "INVALID", fieldErrors: { topic: ["Недопустимый символ в тексте"] } }),
    );
  });
});
