import { describe, expect, it } from "vitest";
import { explainWaiting, type WaitingMentor } from "@/lib/matching/draft/explain-waiting";
import { pickPairFormat } from "@/lib/matching/draft/pair-format";
import { defaultMatchSettings } from "@/lib/matching/score/match-settings-schema";
import type { ScoreMentee } from "@/lib/matching/score/types";

const context = { settings: defaultMatchSettings, forms: ["TEACHER_PUPIL" as const] };
const eligible = { eligible: true, reasons: [] };
const mentee: ScoreMentee & { eligibility: typeof eligible } = {
  id: "m1",
  kind: "PUPIL",
  grade: 6,
  requests: [{ kind: "GIFTEDNESS" }],
  eligibility: eligible,
};
const teacher = (id: string, extra: Partial<WaitingMentor> = {}): WaitingMentor => ({
  id,
  category: "TEACHER",
  grade: null,
  competencies: [],
  eligibility: eligible,
  groupRequest: null,
  freePlaces: 1,
  ...extra,
});

describe("why a mentee waits without a pair", () => {
  it("names the mentee's own reason first", () => {
    const blocked = { ...mentee, eligibility: { eligible: false, reasons: ["Нет согласия родителя"] } };
    expect(explainWaiting(blocked, [teacher("t")], context, new Set())).toEqual({
      reason: "NOT_ELIGIBLE",
      text: "Нет согласия родителя",
    });
  });

  it("tells when the fitting mentors are not admitted, with their reasons", () => {
    const unready = teacher("t", { eligibility: { eligible: false, reasons: ["Нет справки о несудимости"] } });
    expect(explainWaiting(mentee, [unready], context, new Set())).toEqual({
      reason: "MENTORS_NOT_ADMITTED",
      text: "Подходящие наставники не допущены к подбору: нет справки о несудимости",
    });
  });

  it("tells apart removed pairs, no fitting mentor, full mentors and room left", () => {
    expect(explainWaiting(mentee, [teacher("t")], context, new Set(["t"])).reason).toBe("EXCLUDED");
    expect(explainWaiting(mentee, [teacher("t", { category: "SENIOR_PUPIL" })], context, new Set()).reason).toBe(
      "NO_ELIGIBLE_MENTOR",
    );
    expect(explainWaiting(mentee, [teacher("t", { freePlaces: 0 })], context, new Set()).reason).toBe("MENTORS_FULL");
    expect(explainWaiting(mentee, [teacher("t")], context, new Set()).reason).toBe("NOT_RUN");
  });

  it("does not count a group whose common request the mentee lacks", () => {
    expect(explainWaiting(mentee, [teacher("t", { groupRequest: "CAREER_CHOICE" })], context, new Set()).reason).toBe(
      "NO_ELIGIBLE_MENTOR",
    );
  });
});

describe("the format of a pair the matching forms", () => {
  it("takes the first individual format both prefer, else individual", () => {
    expect(pickPairFormat(["ONLINE", "GROUP"], ["MIXED", "ONLINE"])).toBe("ONLINE");
    expect(pickPairFormat(["GROUP"], ["GROUP"])).toBe("INDIVIDUAL");
    expect(pickPairFormat([], ["ONLINE"])).toBe("INDIVIDUAL");
  });
});
