import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { checkboxes } from "@/lib/validation/checkbox-fields";

describe("a checkbox group", () => {
  const ids = checkboxes(z.array(z.string()).max(2));
  it("is a list whether the form sent several values, one, false or nothing", () => {
    expect(ids.parse(["a", "b"])).toEqual(["a", "b"]);
    expect(ids.parse("a")).toEqual(["a"]);
    expect(ids.parse(false)).toEqual([]);
    expect(ids.parse(undefined)).toEqual([]);
    expect(ids.safeParse(["a", "b", "c"]).success).toBe(false);
  });
});

describe("a unique violation", () => {
  const violation = { code: "P2002", meta: { target: ["login"] } };
  it("is told by its code, and by the field when one is named", () => {
    expect(isUniqueViolation(violation)).toBe(true);
    expect(isUniqueViolation(violation, "login")).toBe(true);
    expect(isUniqueViolation(violation, "email")).toBe(false);
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });
});

describe("a query-string value", () => {
  it("is the first of a repeated key, as typed, or undefined", async () => {
    const { firstParam } = await import("@/lib/validation/search-params");
    expect(firstParam({ q: ["a", "b"] }, "q")).toBe("a");
    expect(firstParam({ q: "a" }, "q")).toBe("a");
    expect(firstParam({}, "q")).toBeUndefined();
  });
});
