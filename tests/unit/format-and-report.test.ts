import { describe, expect, it } from "vitest";
import { formatDate, formatShortDate } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";
import { birthDateCutoff, coveragePercent } from "@/lib/reports/coverage";

describe("dates in Russian", () => {
  it("formats calendar dates the Russian way whatever the time zone", () => {
    expect(formatDate(new Date("2026-11-22T00:00:00Z"))).toBe("22 ноября 2026");
    expect(formatShortDate(new Date("2026-03-05T00:00:00Z"))).toBe("05.03.2026");
  });
});

describe("names", () => {
  it("writes full and short forms", () => {
    const person = { lastName: "Иванова", firstName: "Мария", middleName: "Петровна" };
    expect(fullName(person)).toBe("Иванова Мария Петровна");
    expect(shortName(person)).toBe("Иванова М. П.");
    expect(shortName({ lastName: "Smith", firstName: "John", middleName: null })).toBe("Smith J.");
  });
});

describe("coverage", () => {
  it("puts the age cutoff on the birthday", () => {
    expect(birthDateCutoff(new Date("2026-11-24T00:00:00Z"), 10)).toEqual(new Date("2016-11-24T00:00:00Z"));
  });
  it("rounds to one decimal and survives an empty roster", () => {
    expect(coveragePercent(2, 3)).toBe(66.7);
    expect(coveragePercent(0, 0)).toBe(0);
  });
});
