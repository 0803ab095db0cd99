import { describe, expect, it } from "vitest";
import { matchesName } from "@/lib/search/matches-name";

describe("matching a name on screen", () => {
  it("needs every word in the label, whatever the case and ё or е", () => {
    expect(matchesName("Ёлкина Юлия Олеговна, 7А", "елкина")).toBe(true);
    expect(matchesName("Ёлкина Юлия Олеговна, 7А", "юлия  ЁЛКИНА")).toBe(true);
    expect(matchesName("Ёлкина Юлия Олеговна, 7А", "юлия петрова")).toBe(false);
    expect(matchesName("Иванов Иван", "")).toBe(true);
  });
});
