import { describe, expect, it } from "vitest";
import { assessPairHealth, DEFAULT_THRESHOLDS, type PairHealthFacts } from "@/lib/pair-health/health-rules";

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
const facts = (over: Partial<PairHealthFacts> = {}): PairHealthFacts => ({
  mentorshipId: "p",
  startedOn: day("2026-09-01"),
  lastMeetingOn: null,
  feedbackMean: null,
  overdueQuestionnaires: 0,
  hasPlan: false,
  openTasks: 0,
  ...over,
});

describe("assessPairHealth", () => {
  it("counts the first meeting from the order: attention after N days, risk after 2N, from the day after", () => {
    expect(assessPairHealth(facts(), DEFAULT_THRESHOLDS, day("2026-09-15")).status).toBe("OK");
    expect(assessPairHealth(facts(), DEFAULT_THRESHOLDS, day("2026-09-16")).status).toBe("ATTENTION");
    expect(assessPairHealth(facts(), DEFAULT_THRESHOLDS, day("2026-09-29")).status).toBe("ATTENTION");
    expect(assessPairHealth(facts(), DEFAULT_THRESHOLDS, day("2026-09-30"))).toMatchObject({
      status: "RISK",
      riskSince: day("2026-09-30"),
    });
  });

  it("keeps the day the risk began while the gap lasts, so the nudge names one episode", () => {
    const f = facts({ lastMeetingOn: day("2026-10-01") });
    expect(assessPairHealth(f, DEFAULT_THRESHOLDS, day("2026-10-15")).status).toBe("OK");
    expect(assessPairHealth(f, DEFAULT_THRESHOLDS, day("2026-10-16")).reasons).toMatchObject([
      { code: "NO_RECENT_MEETING", level: "ATTENTION", text: "Нет встреч 15 дн. (порог — 14)" },
    ]);
    const first = assessPairHealth(f, DEFAULT_THRESHOLDS, day("2026-10-30"));
    const later = assessPairHealth(f, DEFAULT_THRESHOLDS, day("2026-11-20"));
    expect(first.status).toBe("RISK");
    expect(later.riskSince).toEqual(first.riskSince);
  });

  it("low feedback and overdue questionnaires need attention, never risk on their own", () => {
    const h = assessPairHealth(
      facts({ lastMeetingOn: day("2026-10-01"), feedbackMean: 2.25, overdueQuestionnaires: 2 }),
      DEFAULT_THRESHOLDS,
      day("2026-10-02"),
    );
    expect(h.status).toBe("ATTENTION");
    expect(h.reasons.map((r) => r.text)).toEqual(["Низкие оценки встреч: 2,3 из 5", "Просрочены анкеты: 2"]);
    expect(h.riskSince).toBeNull();
  });

  it("a pair without an order date and without meetings is not judged on its first meeting", () => {
    expect(assessPairHealth(facts({ startedOn: null }), DEFAULT_THRESHOLDS, day("2027-01-01")).status).toBe("OK");
  });

  it("a plan with no open task needs attention; no plan at all is not judged here", () => {
    const met = { lastMeetingOn: day("2026-10-01") };
    const today = day("2026-10-05");
    expect(assessPairHealth(facts({ ...met, hasPlan: true, openTasks: 0 }), DEFAULT_THRESHOLDS, today)).toMatchObject({
      status: "ATTENTION",
      reasons: [{ code: "NO_OPEN_TASK", level: "ATTENTION", text: "В индивидуальном плане нет открытых задач" }],
    });
    expect(assessPairHealth(facts({ ...met, hasPlan: true, openTasks: 2 }), DEFAULT_THRESHOLDS, today).status).toBe("OK");
    expect(assessPairHealth(facts({ ...met, hasPlan: false }), DEFAULT_THRESHOLDS, today).status).toBe("OK");
  });
});
