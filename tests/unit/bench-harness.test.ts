import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionBody, actionSucceeded, findActionId } from "@/scripts/bench/bench-actions";
import { parseBenchArgs } from "@/scripts/bench/bench-args";
import { percentile } from "@/scripts/bench/bench-load";
import { evaluateGoals, type BenchRun, type ScenarioResult } from "@/scripts/bench/bench-report";
import { serverEnv } from "@/scripts/bench/bench-server";

const MB = 1024 * 1024;

function run(scenarios: ScenarioResult[], peakRssBytes = 400 * MB): Omit<BenchRun, "goals"> {
  return {
    startedAt: "2026-12-01T00:00:00.000Z",
    engine: "postgresql",
    data: "demo",
    duration: 10,
    connections: 10,
    commit: "",
    node: "v24",
    peakRssBytes,
    scenarios,
  };
}

const measured = (name: string, figures: Partial<ScenarioResult>, dashboard = false): ScenarioResult => ({
  name,
  role: null,
  path: "/",
  dashboard,
  p50: 10,
  p95: 20,
  rps: 100,
  errors: 0,
  ...figures,
});

describe("bench harness", () => {
  it("takes nearest-rank percentiles of sorted latencies", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("judges the issue-15 goals from the run's figures", () => {
    const goals = evaluateGoals(
      run(
        [
          measured("floor", { p50: 10 }),
          measured("mentor-dashboard", { p50: 15, ratioToFloor: 1.5, rps: 320, errors: 0 }, true),
          measured("director-report", { p50: 30, ratioToFloor: 3, p95: 250 }, true),
          measured("coordinator-view", { p95: 600 }),
        ],
        600 * MB,
      ),
    );
    const verdict = Object.fromEntries(goals.map((g) => [g.goal, g.holds]));
    expect(verdict["mentor-dashboard p50 ≤ 2× floor"]).toBe(true);
    expect(verdict["director-report p50 ≤ 2× floor"]).toBe(false);
    expect(verdict["director-report p95 ≤ 300 ms"]).toBe(true);
    expect(verdict["coordinator-view p95 ≤ 500 ms"]).toBe(false);
    expect(verdict["mentor-dashboard ≥ 300 req/s with 0 errors"]).toBe(true);
    expect(verdict["peak server RSS ≤ 512 MB"]).toBe(false);
  });

  it("counts errors against the mentor's throughput goal and leaves unmeasured goals open", () => {
    const goals = evaluateGoals(run([measured("mentor-dashboard", { rps: 500, errors: 1, ratioToFloor: 1 }, true)]));
    expect(goals.find((g) => g.goal.startsWith("mentor-dashboard ≥"))?.holds).toBe(false);
    expect(goals.find((g) => g.goal.startsWith("coordinator-view"))?.holds).toBeNull();
  });

  it("reads the command line and its defaults", () => {
    expect(parseBenchArgs([])).toMatchObject({ duration: 10, connections: 10, data: "demo", embedded: false, only: [] });
    expect(
      parseBenchArgs(["--duration", "5", "--connections", "20", "--only", "floor,mentor-dashboard", "--data", "scale"]),
    ).toMatchObject({ duration: 5, connections: 20, only: ["floor", "mentor-dashboard"], data: "scale" });
    expect(parseBenchArgs(["--compare", "a.json", "b.json"]).compare).toEqual(["a.json", "b.json"]);
  });

  it("finds a server action's id in the build's manifest by file and export", () => {
    const build = mkdtempSync(path.join(tmpdir(), "bench-build-"));
    mkdirSync(path.join(build, "server"));
    writeFileSync(
      path.join(build, "server", "server-reference-manifest.json"),
      JSON.stringify({
        node: {
          aaa: { workers: {}, filename: "lib/mentorships/log-meeting.ts", exportedName: "logMeetingForMentor" },
          bbb: { workers: {}, filename: "lib/mentorships/log-meeting.ts", exportedName: "logMeeting" },
        },
        edge: {},
      }),
    );
    expect(findActionId(build, "lib/mentorships/log-meeting.ts", "logMeeting")).toBe("bbb");
    expect(() => findActionId(build, "lib/x.ts", "logMeeting")).toThrow(/not in/);
  });

  it("encodes one plain argument and reads the action's result from its answer", () => {
    expect(actionBody({ a: 1 })).toBe('[{"a":1}]');
    expect(actionSucceeded('0:{"a":"$@1"}\n1:{"ok":true,"data":{}}\n')).toBe(true);
    expect(actionSucceeded('1:{"ok":false,"error":{"code":"CONFLICT"}}\n')).toBe(false);
  });
});

describe("the benchmarked server", () => {
  it("runs with the Node options of npm start, as in production", () => {
    expect(serverEnv(false).NODE_OPTIONS).toBe("--max-old-space-size=384");
    expect(serverEnv(true).DATABASE_URL).toBeUndefined();
  });
});
