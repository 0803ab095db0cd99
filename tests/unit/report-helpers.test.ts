import { describe, expect, it } from "vitest";
import { totalSatisfaction, sumTrends, type SchoolFigures } from "@/lib/municipality/summarise-schools";
import { parseDrillDownFilter } from "@/lib/reports/drill-down/drill-down-filter";
import { schoolYearMonths } from "@/lib/reports/sql/query-monthly-trends";

describe("the drill-down's filter", () => {
  it("takes a parallel, a class letter in it and a form, and drops anything else", () => {
    expect(parseDrillDownFilter({ grade: "7", class: "А", form: "PUPIL_PUPIL" })).toEqual({
      grade: 7,
      classLetter: "А",
      form: "PUPIL_PUPIL",
    });
    expect(parseDrillDownFilter({ grade: "12", class: "А" })).toEqual({ form: undefined });
    expect(parseDrillDownFilter({ grade: "x; DROP", form: "NOPE" })).toEqual({ form: undefined });
    expect(parseDrillDownFilter({ grade: "5", class: "<script>" })).toMatchObject({ grade: 5, classLetter: undefined });
  });
});

describe("the municipality's totals", () => {
  const school = (satisfaction: number | null, satisfactionPeople: number) =>
    ({ satisfaction, satisfactionPeople }) as SchoolFigures;

  it("hide the total satisfaction when a school's figure is hidden for resting on 1–4 people", () => {
    expect(totalSatisfaction([school(8, 6), school(null, 3)], { average: 7.6 })).toBeNull();
    expect(totalSatisfaction([school(8, 6), school(null, 0)], { average: 8 })).toBe(8);
  });

  it("sum the months over the schools against the total band", () => {
    const rows = [
      { schoolId: "a", month: "2026-10", covered: 3, meetings: 2, pairsAtRisk: 1 },
      { schoolId: "b", month: "2026-10", covered: 1, meetings: 5, pairsAtRisk: 0 },
    ];
    expect(sumTrends(rows, 8)).toEqual([{ month: "2026-10", covered: 4, meetings: 7, pairsAtRisk: 1, coveragePercent: 50 }]);
  });
});

describe("the school year's months", () => {
  it("run from September up to today's month", () => {
    expect(schoolYearMonths(new Date(Date.UTC(2026, 11, 1)))).toEqual({
      start: new Date(Date.UTC(2026, 8, 1)),
      end: new Date(Date.UTC(2026, 11, 1)),
    });
    expect(schoolYearMonths(new Date(Date.UTC(2027, 2, 15))).start).toEqual(new Date(Date.UTC(2026, 8, 1)));
  });
});
