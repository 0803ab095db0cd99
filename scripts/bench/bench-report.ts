// The run's figures as a table, the issue-15 goals they meet or miss, and the comparison of two runs.
import { readFileSync } from "node:fs";
import type { LoadFigures } from "./bench-load";

export interface ScenarioResult extends Partial<LoadFigures> {
  name: string;
  role: string | null;
  path: string;
  dashboard: boolean;
  /** This scenario's p50 over the floor's p50 of the same run. */
  ratioToFloor?: number;
  peakRssBytes?: number;
  /** Why it was not measured (e.g. no pending questionnaire, or the embedded database for the submit pool). */
  skipped?: string;
}

export interface Goal {
  goal: string;
  holds: boolean | null;
  detail: string;
}

export interface BenchRun {
  startedAt: string;
  engine: "postgresql" | "pglite";
  data: string;
  duration: number;
  connections: number;
  commit: string;
  node: string;
  peakRssBytes: number;
  scenarios: ScenarioResult[];
  goals: Goal[];
}

const MB = 1024 * 1024;
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));

export function printTable(run: BenchRun) {
  const header = ["scenario", "role", "p50 ms", "p95 ms", "req/s", "errors", "×floor", "RSS MB"];
  const rows = run.scenarios.map((s) =>
    s.skipped
      ? [s.name, s.role ?? "–", `skipped: ${s.skipped}`, "", "", "", "", ""]
      : [
          s.name,
          s.role ?? "–",
          ms(s.p50),
          ms(s.p95),
          ms(s.rps),
          String(s.errors),
          s.ratioToFloor === undefined ? "–" : s.ratioToFloor.toFixed(2),
          s.peakRssBytes ? (s.peakRssBytes / MB).toFixed(0) : "–",
        ],
  );
  printRows(header, rows);
  console.log(
    `\n${run.engine}, data ${run.data}, ${run.duration} s × ${run.connections} connections per scenario; ` +
      `peak server RSS ${(run.peakRssBytes / MB).toFixed(0)} MB`,
  );
}

export function evaluateGoals(run: Omit<BenchRun, "goals">): Goal[] {
  const by = (name: string) => run.scenarios.find((s) => s.name === name && !s.skipped);
  const goals: Goal[] = [];
  for (const s of run.scenarios.filter((s) => s.dashboard)) {
    goals.push(
      s.skipped || s.ratioToFloor === undefined
        ? { goal: `${s.name} p50 ≤ 2× floor`, holds: null, detail: "not measured" }
        : { goal: `${s.name} p50 ≤ 2× floor`, holds: s.ratioToFloor <= 2, detail: `${s.ratioToFloor.toFixed(2)}×` },
    );
  }
  const p95Goal = (name: string, limit: number) => {
    const s = by(name);
    goals.push({
      goal: `${name} p95 ≤ ${limit} ms`,
      holds: s ? s.p95! <= limit : null,
      detail: s ? `${ms(s.p95)} ms` : "not measured",
    });
  };
  p95Goal("director-report", 300);
  p95Goal("coordinator-view", 500);
  const mentor = by("mentor-dashboard");
  goals.push({
    goal: "mentor-dashboard ≥ 300 req/s with 0 errors",
    holds: mentor ? mentor.rps! >= 300 && mentor.errors === 0 : null,
    detail: mentor ? `${ms(mentor.rps)} req/s, ${mentor.errors} errors` : "not measured",
  });
  goals.push({
    goal: "peak server RSS ≤ 512 MB",
    holds: run.peakRssBytes <= 512 * MB,
    detail: `${(run.peakRssBytes / MB).toFixed(0)} MB`,
  });
  return goals;
}

export function printGoals(goals: Goal[]) {
  console.log("\nIssue 15 goals:");
  for (const g of goals) {
    const mark = g.holds === null ? "  ?  " : g.holds ? " yes " : " NO  ";
    console.log(`[${mark}] ${g.goal}: ${g.detail}`);
  }
}

/** `--compare a.json b.json`: each scenario's figures of b over a's, and the embedded-database goal when it applies. */
export function compareRuns(fileA: string, fileB: string) {
  const a = JSON.parse(readFileSync(fileA, "utf8")) as BenchRun;
  const b = JSON.parse(readFileSync(fileB, "utf8")) as BenchRun;
  console.log(`a: ${fileA} (${a.engine}, ${a.data}, ${a.startedAt})\nb: ${fileB} (${b.engine}, ${b.data}, ${b.startedAt})\n`);
  const ratio = (x?: number, y?: number) => (x && y !== undefined ? (y / x).toFixed(2) : "–");
  const rows = a.scenarios.map((sa) => {
    const sb = b.scenarios.find((s) => s.name === sa.name);
    if (!sb || sa.skipped || sb.skipped) return [sa.name, "–", "–", "–", "–", "–", "–"];
    return [
      sa.name,
      ms(sa.p50),
      ms(sb.p50),
      ratio(sa.p50, sb.p50),
      ratio(sa.p95, sb.p95),
      ratio(sa.rps, sb.rps),
      `${sa.errors}/${sb.errors}`,
    ];
  });
  printRows(["scenario", "a p50", "b p50", "p50 b/a", "p95 b/a", "req/s b/a", "errors a/b"], rows, 1);
  const pg = a.engine === "postgresql" ? a : b.engine === "postgresql" ? b : null;
  const lite = a.engine === "pglite" ? a : b.engine === "pglite" ? b : null;
  if (pg && lite && pg !== lite) {
    console.log("\nIssue 15 goal: on the embedded database a dashboard's p50 at most 3× the same on PostgreSQL");
    for (const s of pg.scenarios.filter((s) => s.dashboard && !s.skipped)) {
      const e = lite.scenarios.find((x) => x.name === s.name && !x.skipped);
      if (!e) continue;
      const r = e.p50! / s.p50!;
      console.log(`[${r <= 3 ? " yes " : " NO  "}] ${s.name}: ${r.toFixed(2)}× (${ms(e.p50)} ms vs ${ms(s.p50)} ms)`);
    }
  }
}

function printRows(header: string[], rows: string[][], leftColumns = 2) {
  const measured = rows.filter((r) => !r[2]?.startsWith("skipped"));
  const widths = header.map((h, i) => Math.max(h.length, ...measured.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(r[2]?.startsWith("skipped") ? r.slice(0, 3).join("  ") : line(r));
}
