import { describe, expect, it } from "vitest";
import { compareClasses, compareClassLabels, sortClasses } from "@/lib/format/class-order";
import { mentorReadiness } from "@/lib/mentors/mentor-readiness";
import { orderMyItems } from "@/lib/roadmap/order-my-items";

describe("the order of classes", () => {
  it("sorts by grade as a number, then by letter in Russian order", () => {
    const classes = [
      { grade: 10, classLetter: "А" },
      { grade: 5, classLetter: "Б" },
      { grade: 6, classLetter: "А" },
      { grade: 5, classLetter: "Ё" },
      { grade: 5, classLetter: "А" },
      { grade: 11, classLetter: "Я" },
      { grade: 5, classLetter: "Ж" },
    ];
    expect(sortClasses(classes).map((c) => `${c.grade}${c.classLetter}`)).toEqual(["5А", "5Б", "5Ё", "5Ж", "6А", "10А", "11Я"]);
    expect(compareClasses({ grade: 9, classLetter: "В" }, { grade: 10, classLetter: "А" })).toBeLessThan(0);
  });

  it("sorts class labels the same way, with other groups after the classes", () => {
    const labels = ["10А", "Без класса и формы", "5А", "6Б", "6А", "11А"];
    expect(labels.sort(compareClassLabels)).toEqual(["5А", "6А", "6Б", "10А", "11А", "Без класса и формы"]);
  });
});

describe("the order of «Мои пункты»", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 9, day));
  it("lists open items first, then by deadline, items without one last", () => {
    const items = [
      { id: "done-early", status: "DONE", dueOn: at(1), stagePosition: 1, position: 1 },
      { id: "open-late", status: "PLANNED", dueOn: at(20), stagePosition: 1, position: 2 },
      { id: "open-none", status: "IN_PROGRESS", dueOn: null, stagePosition: 1, position: 3 },
      { id: "cancelled", status: "CANCELLED", dueOn: at(2), stagePosition: 1, position: 4 },
      { id: "open-soon", status: "IN_PROGRESS", dueOn: at(5), stagePosition: 2, position: 1 },
    ] as const;
    expect(orderMyItems([...items]).map((i) => i.id)).toEqual(["open-soon", "open-late", "open-none", "done-early", "cancelled"]);
  });
});

describe("a mentor's readiness", () => {
  const eligible = { eligible: true, reasons: [] };
  it("is «Мест нет» when every place is taken", () => {
    expect(mentorReadiness(eligible, 3, 3)).toEqual({ kind: "full", text: "Мест нет (3 из 3)" });
    expect(mentorReadiness(eligible, 2, 3)).toEqual({ kind: "ready", text: "Готов к подбору" });
    expect(mentorReadiness({ eligible: false, reasons: ["Нет справки о несудимости"] }, 3, 3)).toEqual({
      kind: "blocked",
      reasons: ["Нет справки о несудимости"],
    });
  });
});
