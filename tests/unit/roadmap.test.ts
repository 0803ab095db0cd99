import { describe, expect, it } from "vitest";
import { defaultRoadmapTemplate } from "@/lib/roadmap/default-template";
import { scheduleItem, schoolYearStart } from "@/lib/roadmap/schedule";
import { isOverdue, stageProgress } from "@/lib/roadmap/stage-progress";

describe("stageProgress", () => {
  it("counts done items out of the items not cancelled", () => {
    expect(
      stageProgress([{ status: "DONE" }, { status: "PLANNED" }, { status: "CANCELLED" }, { status: "IN_PROGRESS" }]),
    ).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
  });
  it("treats a stage with nothing left to do as complete", () => {
    expect(stageProgress([{ status: "CANCELLED" }])).toEqual({ done: 0, total: 0, percent: 100 });
  });
});

describe("isOverdue", () => {
  const today = new Date("2026-11-24T00:00:00Z");
  it("flags open items past their date only", () => {
    expect(isOverdue({ status: "PLANNED", dueOn: new Date("2026-10-31T00:00:00Z") }, today)).toBe(true);
    expect(isOverdue({ status: "DONE", dueOn: new Date("2026-10-31T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: new Date("2026-11-30T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "PLANNED", dueOn: null }, today)).toBe(false);
  });
});

describe("schedule", () => {
  it("starts the school year in September", () => {
    expect(schoolYearStart(new Date(2026, 10, 24))).toBe(2026);
    expect(schoolYearStart(new Date(2027, 4, 1))).toBe(2026);
    expect(schoolYearStart(new Date(2026, 7, 31))).toBe(2025);
  });
  it("lays a month or a period over the school year", () => {
    expect(scheduleItem({ from: 1 }, 2026)).toEqual({ deadlineLabel: "Октябрь 2026", dueOn: new Date("2026-10-31T00:00:00Z") });
    expect(scheduleItem({ from: 3, to: 6 }, 2026)).toEqual({
      deadlineLabel: "Декабрь 2026 – Март 2027",
      dueOn: new Date("2027-03-31T00:00:00Z"),
    });
  });
});

describe("the roadmap template", () => {
  it("has the seven stages with items 1.1–7.8", () => {
    expect(defaultRoadmapTemplate).toHaveLength(7);
    const codes = defaultRoadmapTemplate.flatMap((s) => s.items.map((i) => i.code));
    expect(codes[0]).toBe("1.1");
    expect(codes.at(-1)).toBe("7.8");
    expect(codes).toHaveLength(35);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
