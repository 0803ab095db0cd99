import { describe, expect, it } from "vitest";
import { describeMeetingChanges, type MeetingState } from "@/lib/mentorships/describe-meeting-changes";
import { describeMeetingHistory, UNKNOWN_ATTENDEE } from "@/lib/mentorships/describe-meeting-history";

const before: MeetingState = {
  type: "REGULAR",
  heldOn: new Date("2026-11-20T00:00:00Z"),
  durationMinutes: 40,
  topic: "Олимпиада",
  summary: null,
  present: ["mentee-ivanov"],
};

describe("describeMeetingChanges", () => {
  it("lists only what changed, old → new, as people read it; attendees as mentee ids", () => {
    const after = { ...before, type: "FINAL" as const, summary: "Решили задачи", present: [] };
    expect(describeMeetingChanges(before, after)).toEqual([
      { field: "type", label: "Тип", from: "Регулярная встреча", to: "Заключительная встреча" },
      { field: "summary", label: "Итоги", from: "", to: "Решили задачи" },
      { field: "present", label: "Присутствовали", from: ["mentee-ivanov"], to: [] },
    ]);
  });

  it("finds no change in the same meeting, attendees in another order", () => {
    const two = { ...before, present: ["b", "a"] };
    expect(describeMeetingChanges(two, { ...two, present: ["a", "b"] })).toEqual([]);
  });
});

describe("describeMeetingHistory", () => {
  const row = (changedAt: string, changes: unknown) => ({
    id: "c1",
    meetingId: "m1",
    kind: "EDITED" as const,
    heldOn: new Date("2026-11-20T00:00:00Z"),
    topic: "Олимпиада",
    changes,
    changedAt: new Date(changedAt),
    changedBy: { displayName: "Наставников Иван" },
  });

  it("dates a change by the school's calendar day, not UTC's", () => {
    // 14:30 UTC on 20 November is 00:30 on the 21st in Vladivostok and 16:30 on the 20th in Kaliningrad.
    const [east] = describeMeetingHistory([row("2026-11-20T14:30:00Z", [])], new Map(), "Asia/Vladivostok");
    expect(east.changedOn).toBe("21 ноября 2026");
    const [west] = describeMeetingHistory([row("2026-11-20T22:30:00Z", [])], new Map(), "Europe/Kaliningrad");
    expect(west.changedOn).toBe("21 ноября 2026");
    const [late] = describeMeetingHistory([row("2026-11-20T21:30:00Z", [])], new Map(), "Europe/Kaliningrad");
    expect(late.changedOn).toBe("20 ноября 2026");
  });

  it("names attendees as their records read now, sorted; an unknown one without a name", () => {
    const present = { field: "present", label: "Присутствовали", from: ["b", "a", "x"], to: [], toUnknown: 1 };
    const names = new Map([
      ["a", "Яковлева Анна"],
      ["b", "Обезличено"],
    ]);
    const [entry] = describeMeetingHistory([row("2026-11-20T10:00:00Z", [present])], names, "Europe/Moscow");
    expect(entry.lines).toEqual([
      { field: "present", label: "Присутствовали", from: `${UNKNOWN_ATTENDEE}, Обезличено, Яковлева Анна`, to: UNKNOWN_ATTENDEE },
    ]);
  });
});
