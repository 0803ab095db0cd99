import { describe, expect, it } from "vitest";
import type { MentorStatus } from "@/lib/generated/prisma/enums";
import type { CertificateState } from "@/lib/mentors/certificate-rule";
import { nextMentorStatus, selectionRefusal } from "@/lib/mentors/selection-rules";

const all: MentorStatus[] = ["CANDIDATE", "INTERVIEWED", "TRAINED", "READY", "DECLINED"];
const valid: CertificateState = { kind: "VALID", expiresOn: new Date("2027-01-01T00:00:00Z") };

describe("mentor selection", () => {
  it("moves a candidate to interviewed only by an interview", () => {
    expect(nextMentorStatus("CANDIDATE", { type: "INTERVIEW" })).toEqual({ ok: true, status: "INTERVIEWED" });
    expect(nextMentorStatus("CANDIDATE", { type: "COMPLETE_TRAINING", attendedEvents: 3 })).toEqual({
      ok: false,
      reason: "Сначала проведите собеседование.",
    });
    expect(nextMentorStatus("CANDIDATE", { type: "MARK_READY", certificate: valid }).ok).toBe(false);
  });

  it("keeps the status when a later interview is recorded, and refuses one for a declined mentor", () => {
    expect(nextMentorStatus("TRAINED", { type: "INTERVIEW" })).toEqual({ ok: true, status: "TRAINED" });
    expect(nextMentorStatus("DECLINED", { type: "INTERVIEW" }).ok).toBe(false);
  });

  it("moves an interviewed mentor to trained only after attending a training event", () => {
    expect(nextMentorStatus("INTERVIEWED", { type: "COMPLETE_TRAINING", attendedEvents: 0 })).toEqual({
      ok: false,
      reason: "Наставник не посетил ни одного занятия обучения.",
    });
    expect(nextMentorStatus("INTERVIEWED", { type: "COMPLETE_TRAINING", attendedEvents: 1 })).toEqual({
      ok: true,
      status: "TRAINED",
    });
    expect(nextMentorStatus("INTERVIEWED", { type: "MARK_READY", certificate: valid }).ok).toBe(false);
  });

  it("marks a trained mentor ready only with a valid or unneeded certificate", () => {
    expect(nextMentorStatus("TRAINED", { type: "MARK_READY", certificate: valid })).toEqual({ ok: true, status: "READY" });
    expect(nextMentorStatus("TRAINED", { type: "MARK_READY", certificate: { kind: "NOT_REQUIRED" } })).toEqual({
      ok: true,
      status: "READY",
    });
    expect(selectionRefusal("TRAINED", { type: "MARK_READY", certificate: { kind: "MISSING" } })).toBe(
      "Нельзя отметить готовым: нет справки о несудимости.",
    );
    expect(selectionRefusal("TRAINED", { type: "MARK_READY", certificate: { kind: "EXPIRED", expiredOn: new Date() } })).toBe(
      "Нельзя отметить готовым: справка о несудимости устарела.",
    );
    expect(selectionRefusal("READY", { type: "MARK_READY", certificate: valid })).toBe("Наставник уже отмечен готовым.");
  });

  it("declines from any state but only with a reason of five characters or more", () => {
    for (const status of all.filter((s) => s !== "DECLINED")) {
      expect(nextMentorStatus(status, { type: "DECLINE", reason: "Не прошёл собеседование" })).toEqual({
        ok: true,
        status: "DECLINED",
      });
      expect(nextMentorStatus(status, { type: "DECLINE", reason: "  нет " }).ok).toBe(false);
    }
    expect(nextMentorStatus("DECLINED", { type: "DECLINE", reason: "Повторно отклонён" }).ok).toBe(false);
  });

  it("returns only a declined mentor to candidates", () => {
    expect(nextMentorStatus("DECLINED", { type: "RESTORE" })).toEqual({ ok: true, status: "CANDIDATE" });
    for (const status of all.filter((s) => s !== "DECLINED")) {
      expect(nextMentorStatus(status, { type: "RESTORE" }).ok).toBe(false);
    }
    expect(nextMentorStatus("DECLINED", { type: "COMPLETE_TRAINING", attendedEvents: 2 }).ok).toBe(false);
    expect(nextMentorStatus("DECLINED", { type: "MARK_READY", certificate: valid }).ok).toBe(false);
  });
});
