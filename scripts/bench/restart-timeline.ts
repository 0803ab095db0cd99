// The pure half of `npm run bench:restart`: what each second of the run saw, and whether the app behaved through the
// database's restart (errors only while it was down plus a grace period, every scenario answering again afterwards).

/** One request of the load: when it ended (ms since the load began), whether it succeeded, and what it answered. */
export interface Outcome {
  scenario: string;
  endedMs: number;
  ok: boolean;
  /** "200", "500", "307 /login", "action INTERNAL", "timeout", "ECONNREFUSED", … */
  label: string;
}

/** When the database went away (`pg_ctl stop` was called) and when it accepted connections again (ms since the start). */
export interface Outage {
  downMs: number;
  upMs: number;
}

export type Phase = "before" | "down" | "grace" | "after";

export interface SecondRow {
  second: number;
  phase: Phase;
  ok: number;
  failed: number;
  /** Failures by label, e.g. { "500": 12, "action failed": 3 }. */
  failures: Record<string, number>;
}

export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

export interface Verdict {
  passed: boolean;
  checks: Check[];
  /** From the moment the database was back to the end of the last failed request (0: nothing failed after it). */
  recoveredAfterMs: number;
}

export function phaseAt(ms: number, outage: Outage, graceMs: number): Phase {
  if (ms < outage.downMs) return "before";
  if (ms < outage.upMs) return "down";
  if (ms < outage.upMs + graceMs) return "grace";
  return "after";
}

/** Outcomes counted by the second they ended in; a second's phase is the phase of its start. */
export function timeline(outcomes: Outcome[], outage: Outage, graceMs: number, seconds: number): SecondRow[] {
  const rows: SecondRow[] = Array.from({ length: seconds }, (_, second) => ({
    second,
    phase: phaseAt(second * 1000, outage, graceMs),
    ok: 0,
    failed: 0,
    failures: {},
  }));
  for (const outcome of outcomes) {
    const row = rows[Math.min(seconds - 1, Math.max(0, Math.floor(outcome.endedMs / 1000)))];
    if (outcome.ok) row.ok++;
    else {
      row.failed++;
      row.failures[outcome.label] = (row.failures[outcome.label] ?? 0) + 1;
    }
  }
  return rows;
}

/**
 * (a) no request failed outside [down, up + grace]; the outage was seen (some request failed while the database was
 * down — else the load missed it and proves nothing); (b) every scenario succeeded after the grace period and its last
 * request succeeded.
 */
export function verdict(outcomes: Outcome[], outage: Outage, graceMs: number, scenarios: string[]): Verdict {
  const failures = outcomes.filter((o) => !o.ok);
  const outside = failures.filter((o) => o.endedMs < outage.downMs || o.endedMs >= outage.upMs + graceMs);
  const whileDown = failures.filter((o) => o.endedMs >= outage.downMs && o.endedMs < outage.upMs);
  const notRecovered = scenarios.filter((name) => {
    const own = outcomes.filter((o) => o.scenario === name).sort((a, b) => a.endedMs - b.endedMs);
    const last = own.at(-1);
    return !last?.ok || !own.some((o) => o.ok && o.endedMs >= outage.upMs + graceMs);
  });
  const lastFailure = Math.max(outage.upMs, ...failures.map((o) => o.endedMs));
  const checks: Check[] = [
    {
      name: "errors only while the database is down (+ grace)",
      passed: outside.length === 0,
      detail:
        outside.length === 0
          ? `${failures.length} failed requests, all within the window`
          : `${outside.length} failed outside the window: ${describe(outside)}`,
    },
    {
      name: "the outage was seen by the load",
      passed: whileDown.length > 0,
      detail: `${whileDown.length} requests failed while the database was down`,
    },
    {
      name: "every scenario answers OK again without restarting the app",
      passed: notRecovered.length === 0,
      detail: notRecovered.length === 0 ? `${scenarios.length} scenarios` : `not recovered: ${notRecovered.join(", ")}`,
    },
  ];
  return { passed: checks.every((c) => c.passed), checks, recoveredAfterMs: lastFailure - outage.upMs };
}

function describe(outcomes: Outcome[]): string {
  return outcomes
    .slice(0, 5)
    .map((o) => `${o.scenario} ${o.label} at ${(o.endedMs / 1000).toFixed(1)} s`)
    .join("; ");
}

/** The timeline as a table: second, phase, ok, failed, and the failures by label. */
export function formatTimeline(rows: SecondRow[]): string {
  const lines = ["   s  phase    ok  failed  failures"];
  for (const row of rows) {
    const labels = Object.entries(row.failures)
      .map(([label, n]) => `${label}×${n}`)
      .join(", ");
    lines.push(
      `${String(row.second).padStart(4)}  ${row.phase.padEnd(6)} ${String(row.ok).padStart(4)}  ${String(row.failed).padStart(6)}  ${labels}`,
    );
  }
  return lines.join("\n");
}
