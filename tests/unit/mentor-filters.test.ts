import { describe, expect, it } from "vitest";
import { parseMentorFilters } from "@/lib/mentors/mentor-filters";

describe("the mentor list's filters", () => {
  it("reads a known status and category from the address", () => {
    expect(parseMentorFilters({ status: "READY", category: "PARTNER_EMPLOYEE" })).toEqual({
      status: "READY",
      category: "PARTNER_EMPLOYEE",
    });
    expect(parseMentorFilters({ status: ["TRAINED", "READY"] })).toEqual({ status: "TRAINED", category: undefined });
  });

  it("ignores empty and unknown values", () => {
    expect(parseMentorFilters({ status: "", category: "ROBOT" })).toEqual({ status: undefined, category: undefined });
    expect(parseMentorFilters({})).toEqual({ status: undefined, category: undefined });
  });
});
