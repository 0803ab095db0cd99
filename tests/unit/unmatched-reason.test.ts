import { describe, expect, it } from "vitest";
import { unmatchedReason } from "@/lib/unmatched/unmatched-reason";

const eligible = { eligible: true, reasons: [] };

describe("why a mentee has no pair", () => {
  it("names what keeps them from matching first", () => {
    const noConsent = { eligible: false, reasons: ["Нет согласия родителя"] };
    expect(unmatchedReason({ kind: "PUPIL", eligibility: noConsent }, ["TEACHER"])).toEqual({
      kind: "NOT_ELIGIBLE",
      text: "Нет согласия родителя",
    });
  });

  it("says no mentor fits when no free mentor can lead a mentee of this kind", () => {
    expect(unmatchedReason({ kind: "YOUNG_TEACHER", eligibility: eligible }, ["SENIOR_PUPIL", "PARENT"]).kind).toBe("NO_MENTOR");
    expect(unmatchedReason({ kind: "PUPIL", eligibility: eligible }, []).kind).toBe("NO_MENTOR");
  });

  it("otherwise says they are not matched yet", () => {
    expect(unmatchedReason({ kind: "YOUNG_TEACHER", eligibility: eligible }, ["TEACHER"]).kind).toBe("NOT_YET");
    expect(unmatchedReason({ kind: "PUPIL", eligibility: eligible }, ["PARENT"]).kind).toBe("NOT_YET");
  });
});
