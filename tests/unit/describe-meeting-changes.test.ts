import { describe, expect, it } from "vitest";
import { describeMeetingChanges, type MeetingState } from "@/lib/mentorships/describe-meeting-changes";

const before: MeetingState = {
  type: "REGULAR",
  heldOn: new Date("2026-11-20T00:00:00Z"),
  durationMinutes: 40,
  topic: "Олимпиада",
  summary: null,
  present: ["Иванов Пётр"],
};

describe("describeMeetingChanges", () => {
  it("lists only what changed, old → new, as people read it", () => {
    const after = { ...before, type: "FINAL" as const, summary: "Решили задачи", present: [] };
    expect(describeMeetingChanges(before, after)).toEqual([
      { field: "type", label: "Тип", from: "Регулярная встреча", to: "Заключительная встреча" },
      { field: "summary", label: "Итоги", from: "", to: "Решили задачи" },
      { field: "present", label: "Присутствовали", from: "Иванов Пётр", to: "никто" },
    ]);
  });

  it("finds no change in the same meeting, attendees in another order", () => {
    const two = { ...before, present: ["Б", "А"] };
    expect(describeMeetingChanges(two, { ...two, present: ["А", "Б"] })).toEqual([]);
  });
});
