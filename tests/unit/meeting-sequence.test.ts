import { describe, expect, it } from "vitest";
import { meetingSequenceWarning, nextMeetingType } from "@/lib/mentorships/meeting-sequence";
import { planProgress } from "@/lib/plans/plan-progress";

describe("the model's order of meetings", () => {
  it("keeps quiet when the order is kept", () => {
    expect(meetingSequenceWarning([], "ACQUAINTANCE")).toBeNull();
    expect(meetingSequenceWarning(["ACQUAINTANCE"], "TRIAL")).toBeNull();
    expect(meetingSequenceWarning(["ACQUAINTANCE", "TRIAL", "PLANNING"], "REGULAR")).toBeNull();
    expect(meetingSequenceWarning(["ACQUAINTANCE", "TRIAL", "PLANNING", "REGULAR"], "FINAL")).toBeNull();
  });

  it("names the first steps still missing", () => {
    expect(meetingSequenceWarning([], "REGULAR")).toContain(
      "«Встреча-знакомство», «Пробная рабочая встреча», «Встреча-планирование»",
    );
    expect(meetingSequenceWarning(["ACQUAINTANCE"], "PLANNING")).toContain("«Пробная рабочая встреча»");
  });

  it("warns about a first step after a later one, and a regular meeting after the final", () => {
    expect(meetingSequenceWarning(["ACQUAINTANCE", "TRIAL", "PLANNING", "REGULAR"], "TRIAL")).toContain("раньше");
    expect(meetingSequenceWarning(["ACQUAINTANCE", "TRIAL", "PLANNING", "FINAL"], "REGULAR")).toContain("Заключительная");
  });

  it("suggests the next type", () => {
    expect(nextMeetingType([])).toBe("ACQUAINTANCE");
    expect(nextMeetingType(["ACQUAINTANCE"])).toBe("TRIAL");
    expect(nextMeetingType(["ACQUAINTANCE", "TRIAL", "PLANNING", "REGULAR"])).toBe("REGULAR");
  });
});

describe("plan progress", () => {
  it("counts done tasks among those not cancelled", () => {
    expect(planProgress([])).toEqual({ done: 0, total: 0, percent: null });
    expect(planProgress([{ status: "DONE" }, { status: "OPEN" }, { status: "CANCELLED" }])).toEqual({
      done: 1,
      total: 2,
      percent: 50,
    });
    expect(planProgress([{ status: "DONE" }, { status: "IN_PROGRESS" }, { status: "OPEN" }])).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
  });
});
