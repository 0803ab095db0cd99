import { describe, expect, it } from "vitest";
import { parseRestartArgs } from "@/scripts/bench/restart-args";
import { formatTimeline, phaseAt, timeline, verdict, type Outcome } from "@/scripts/bench/restart-timeline";

const outage = { downMs: 10_000, upMs: 15_000 };
const GRACE = 5_000;
const ok = (scenario: string, endedMs: number): Outcome => ({ scenario, endedMs, ok: true, label: "200" });
const failed = (scenario: string, endedMs: number, label = "500"): Outcome => ({ scenario, endedMs, ok: false, label });

/** A healthy run: both scenarios answer every 500 ms, and fail only in [11 s, 16 s]. */
function healthyRun(): Outcome[] {
  const outcomes: Outcome[] = [];
  for (let t = 250; t < 30_000; t += 500) {
    const down = t >= 11_000 && t < 16_000;
    for (const name of ["page", "submit"]) outcomes.push(down ? failed(name, t) : ok(name, t));
  }
  return outcomes;
}

describe("phases of the restart run", () => {
  it("are before, down, grace and after, bounded by the outage and the grace period", () => {
    expect([0, 9_999, 10_000, 14_999, 15_000, 19_999, 20_000].map((ms) => phaseAt(ms, outage, GRACE))).toEqual([
      "before",
      "before",
      "down",
      "down",
      "grace",
      "grace",
      "after",
    ]);
  });
});

describe("timeline", () => {
  it("counts each outcome in the second it ended, with the failures by label", () => {
    const rows = timeline(
      [ok("a", 100), failed("a", 10_200, "ECONNREFUSED"), failed("b", 10_900), ok("a", 99_000)],
      outage,
      GRACE,
      30,
    );
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({ second: 0, phase: "before", ok: 1, failed: 0 });
    expect(rows[10]).toMatchObject({ phase: "down", ok: 0, failed: 2, failures: { ECONNREFUSED: 1, "500": 1 } });
    expect(rows[29].ok).toBe(1); // a late outcome lands in the last second
    expect(formatTimeline(rows)).toContain("ECONNREFUSED×1");
  });
});

describe("verdict", () => {
  it("passes when failures stay within the outage and its grace period and every scenario recovers", () => {
    const result = verdict(healthyRun(), outage, GRACE, ["page", "submit"]);
    expect(result.checks.map((c) => c.passed)).toEqual([true, true, true]);
    expect(result.passed).toBe(true);
    expect(result.recoveredAfterMs).toBe(750); // last failure at 15.75 s, database back at 15 s
  });

  it("fails on an error before the outage or after the grace period", () => {
    for (const at of [5_000, 21_000]) {
      const result = verdict([...healthyRun(), failed("page", at, "timeout")], outage, GRACE, ["page", "submit"]);
      expect(result.passed).toBe(false);
      expect(result.checks[0]).toMatchObject({ passed: false });
      expect(result.checks[0].detail).toContain("page timeout");
    }
  });

  it("fails when a scenario never answers again, even with no error outside the window", () => {
    // "submit" stops at the outage and never answers after it (a hung app: no outcome at all, not a late error).
    const outcomes = healthyRun().filter((o) => o.scenario === "page" || o.endedMs < 16_000);
    const result = verdict(outcomes, outage, GRACE, ["page", "submit"]);
    expect(result.checks[2]).toMatchObject({ passed: false, detail: "not recovered: submit" });
    expect(result.passed).toBe(false);
  });

  it("fails when the scenario's last request failed", () => {
    const outcomes = [...healthyRun(), failed("submit", 19_000), ok("page", 29_900)];
    const late = outcomes.map((o) => (o.scenario === "submit" && o.endedMs > 29_000 ? { ...o, ok: false } : o));
    expect(verdict(late, outage, GRACE, ["page", "submit"]).checks[2].passed).toBe(false);
  });

  it("fails when no request failed while the database was down: the load did not see the outage", () => {
    const result = verdict([ok("page", 1_000), ok("page", 25_000)], outage, GRACE, ["page"]);
    expect(result.checks[1]).toMatchObject({ passed: false });
    expect(result.passed).toBe(false);
  });
});

describe("restart arguments", () => {
  it("default to a 30 s run with the database down from 10 s to 15 s", () => {
    expect(parseRestartArgs([])).toMatchObject({ duration: 30, downAt: 10, downFor: 5, grace: 5, pgPort: 55440 });
    expect(parseRestartArgs(["--duration", "40", "--down-for", "8"])).toMatchObject({ duration: 40, downFor: 8 });
  });
});
