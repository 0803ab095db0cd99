import { describe, expect, it } from "vitest";
import { meetingSchema } from "@/lib/mentorships/meeting-schema";

const valid = {
  mentorshipId: "m1",
  type: "REGULAR",
  heldOn: "2026-11-20",
  durationMinutes: "45",
  topic: "Олимпиада",
  attendeeIds: "a1",
};

describe("meetingSchema", () => {
  it("coerces form values", () => {
    const result = meetingSchema.parse(valid);
    expect(result).toMatchObject({ durationMinutes: 45, attendeeIds: ["a1"], summary: "" });
  });

  it("refuses a meeting dated in the future", () => {
    const result = meetingSchema.safeParse({ ...valid, heldOn: "2999-01-01" });
    expect(result.error?.issues[0].message).toBe("Встреча ещё не прошла: дата в будущем");
  });

  it("reads no attendee from an unchecked single checkbox", () => {
    expect(meetingSchema.parse({ ...valid, attendeeIds: false }).attendeeIds).toEqual([]);
  });
});
