// npm run bench:restart — issue 15: PostgreSQL restarts during a load run. Starts a throwaway PostgreSQL cluster of its
// own (never the machine's), migrates it and seeds the demo school, starts the built app on it with `next start`, and
// loads dashboards of five roles plus three writes (server actions) for --duration seconds. At --down-at it stops the
// database (`pg_ctl stop -m fast`), keeps it down --down-for seconds and starts it again. Verdict: requests fail only
// while the database is down plus --grace seconds; every scenario answers OK again without restarting the app; and no
// half-written record is left (scripts/bench/restart-invariants.ts). Prints the per-second timeline, writes the figures
// to bench-results/<time>-restart.json and exits non-zero when a check fails. The cluster is removed at the end.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { serverEnv, sleep, startServer } from "./bench-server";
import { parseRestartArgs } from "./restart-args";
import { checkInvariants, databaseNow } from "./restart-invariants";
import { send, startLoad } from "./restart-load";
import { MEETING_TOPIC, prepareRestartScenarios } from "./restart-scenarios";
import { formatTimeline, timeline, verdict, type Check } from "./restart-timeline";
import { createThrowawayPostgres } from "./throwaway-postgres";

const args = parseRestartArgs(process.argv.slice(2));
const buildDir = path.join(process.cwd(), ".next");
if (!existsSync(path.join(buildDir, "BUILD_ID"))) {
  console.error("The app is not built (.next is missing): run `npm run build` first.");
  process.exit(2);
}

const cleanups: (() => Promise<void>)[] = [];
const runCleanups = async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch((error) => console.error(error));
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void runCleanups().then(() => process.exit(130)));

try {
  const cluster = await createThrowawayPostgres(args.pgPort);
  cleanups.push(() => cluster.remove());
  const databaseUrl = cluster.url("fault_restart");
  console.log(`Throwaway PostgreSQL on port ${cluster.port}; migrating and seeding the demo school…`);
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE fault_restart");
  await admin.end();
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  await promisify(execFile)("npm", ["run", "--silent", "db:migrate"], { env });
  await promisify(execFile)("npm", ["run", "--silent", "db:seed"], { env });

  console.log(`Starting next start on port ${args.port}…`);
  const server = await startServer(args.port, { ...serverEnv(false), DATABASE_URL: databaseUrl });
  cleanups.push(() => server.stop());
  const scenarios = await prepareRestartScenarios(server.origin, databaseUrl, buildDir, args.duration * 400);
  const since = await databaseNow(databaseUrl);

  console.log(`Load: ${scenarios.map((s) => s.name).join(", ")} for ${args.duration} s; database down at ${args.downAt} s…`);
  const load = startLoad(server.origin, scenarios, args.duration * 1000, args.connections);
  await sleep(args.downAt * 1000);
  const downMs = load.now();
  await cluster.stop();
  const stoppedMs = load.now();
  await sleep(args.downFor * 1000);
  const startingMs = load.now();
  await cluster.start();
  const outage = { downMs, upMs: load.now() };
  console.log(
    `PostgreSQL: stop called ${s(downMs)}, down ${s(stoppedMs)}, start called ${s(startingMs)}, accepting ${s(outage.upMs)}`,
  );
  const outcomes = await load.done;

  // After the load: one more request of each scenario, on the same app process.
  const probes = await Promise.all(scenarios.map((scenario) => send(server.origin, scenario, load.now)));
  const graceMs = args.grace * 1000;
  const rows = timeline(outcomes, outage, graceMs, args.duration);
  const result = verdict(
    outcomes,
    outage,
    graceMs,
    scenarios.map((scenario) => scenario.name),
  );
  const probeCheck: Check = {
    name: "a request of each scenario after the load succeeds",
    passed: probes.every((p) => p.ok),
    detail: probes.map((p) => `${p.scenario} ${p.label}`).join(", "),
  };
  const written = [...outcomes, ...probes].filter((o) => o.ok);
  const acknowledged = {
    submitted: written.filter((o) => o.tag).map((o) => o.tag!),
    meetings: written.filter((o) => o.scenario === "meeting-log").length,
  };
  const invariants = await checkInvariants(databaseUrl, since, acknowledged, MEETING_TOPIC);
  const checks = [...result.checks, probeCheck, ...invariants.checks];
  const passed = checks.every((c) => c.passed);
  if (!passed) console.log(`The server's last output:\n${server.log()}\n`);

  console.log(`\n${formatTimeline(rows)}\n`);
  const perScenario = scenarios.map(({ name }) => {
    const own = outcomes.filter((o) => o.scenario === name);
    const failures: Record<string, number> = {};
    for (const o of own) if (!o.ok) failures[o.label] = (failures[o.label] ?? 0) + 1;
    return { name, ok: own.filter((o) => o.ok).length, failed: own.length - own.filter((o) => o.ok).length, failures };
  });
  for (const { name, ok, failed, failures } of perScenario) {
    const labels = Object.entries(failures).map(([label, n]) => `${label}×${n}`);
    console.log(`${name.padEnd(22)} ${ok} ok, ${failed} failed ${labels.length ? `(${labels.join(", ")})` : ""}`);
  }
  console.log(`\nRecovered ${s(result.recoveredAfterMs)} after the database accepted connections again.`);
  console.log(
    `Writes that landed although the client saw an error: ${invariants.landedThoughFailed.submits} submits, ` +
      `${invariants.landedThoughFailed.meetings} meetings.\n`,
  );
  for (const check of checks) console.log(`${check.passed ? "PASS" : "FAIL"}  ${check.name} — ${check.detail}`);
  console.log(`\nVerdict: ${passed ? "PASS — the app rides out the restart" : "FAIL"}`);

  const startedAt = new Date().toISOString();
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${startedAt.replace(/[:.]/g, "-")}-restart.json`);
  const { recoveredAfterMs } = result;
  const { landedThoughFailed } = invariants;
  const report = { startedAt, args, outage, graceMs, passed, checks, recoveredAfterMs, landedThoughFailed, perScenario, rows };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Figures written to ${file}`);
  process.exitCode = passed ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await runCleanups();
}

function s(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}
