import { describe, expect, it } from "vitest";
import { buildProgramme } from "@/lib/roadmap/build-programme";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";
import { monthOffset, periodStart, templateFromProgramme } from "@/lib/roadmap/template-from-programme";

describe("months of the school year", () => {
  it("counts from September and clamps to the year", () => {
    expect(monthOffset(new Date("2026-09-30T00:00:00Z"), 2026)).toBe(0);
    expect(monthOffset(new Date("2027-03-31T00:00:00Z"), 2026)).toBe(6);
    expect(monthOffset(new Date("2027-09-01T00:00:00Z"), 2026)).toBe(11);
  });
  it("reads the start of a period label", () => {
    expect(periodStart("Декабрь 2026 – Март 2027", 2026)).toBe(3);
    expect(periodStart("Октябрь 2026", 2026)).toBeNull();
    expect(periodStart(null, 2026)).toBeNull();
  });
});

describe("templateFromProgramme", () => {
  it("turns a programme built from a template back into the same template", () => {
    let n = 0;
    const plan = buildProgramme({
      schoolId: "s",
      startYear: 2026,
      forms: [],
      content: defaultTemplateContent,
      newId: () => `id${++n}`,
      responsible: { CURATOR: "curator", DIRECTOR: "director" },
    });
    const programme = {
      startYear: 2026,
      stages: plan.stages.map((stage, i) => ({
        number: stage.number,
        title: stage.title,
        task: stage.task,
        result: stage.result,
        items: plan.items
          .filter((item) => item.stageId === stage.id)
          .map((item) => ({
            code: item.code,
            title: item.title,
            deadlineLabel: item.deadlineLabel ?? null,
            dueOn: (item.dueOn as Date) ?? null,
            responsibleId: item.responsibleId ?? null,
            status: "PLANNED" as const,
          })),
        position: i,
      })),
      workPlan: plan.workPlan.map((row) => ({
        title: row.title,
        deadlineLabel: row.deadlineLabel,
        responsibleLabel: row.responsibleLabel,
      })),
    };
    expect(templateFromProgramme(programme, new Set(["director"]))).toEqual(defaultTemplateContent);
  });
});
