// npm run bench — the load benchmark of issue 15: starts the built app with `next start` on its own port (PostgreSQL at
// DATABASE_URL, or with --embedded the PGlite database at PGLITE_DIR), signs in each role over HTTP, drives each scenario
// with autocannon for a fixed time and number of connections, and prints p50, p95, requests/s, errors and the ratio to
// the floor (a static route of the same server, measured in the same run), the server's peak memory and the goals.
// The figures go to bench-results/<timestamp>.json; `--compare a.json b.json` compares two runs.
// It writes: meetings logged and questionnaires submitted stay in the database (run it on a copy, not a school's data).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { actionBody, actionHeaders, actionSucceeded, callAction, findActionId, meetingLogInput } from "./bench-actions";
import { parseBenchArgs } from "./bench-args";
import { runLoad, type LoadRequest } from "./bench-load";
import { BENCH_LOGINS, BENCH_PASSWORD, type BenchRole } from "./bench-logins";
import { compareRuns, evaluateGoals, printGoals, printTable, type BenchRun, type ScenarioResult } from "./bench-report";
import {
  ACTIONS,
  FLOOR,
  pairLink,
  questionnaireLink,
  resultsLink,
  SCENARIOS,
  type ActionScenario,
  type Discovered,
} from "./bench-scenarios";
import { sampleRss, serverEnv, startServer, treeRss, type BenchServer } from "./bench-server";
import { fetchPage, signInOverHttp } from "./bench-session";
import { cleanSubmitPool, prepareSubmitPool } from "./submit-pool";

const args = parseBenchArgs(process.argv.slice(2));
if (args.compare) {
  compareRuns(...args.compare);
  process.exit(0);
}

const databaseUrl = process.env.DATABASE_URL;
if (!args.embedded && !databaseUrl) {
  console.error(
    "DATABASE_URL is not set: the benchmark runs on PostgreSQL (DATABASE_URL=postgresql://… npm run bench).\n" +
      "To measure the embedded database instead, pass --embedded (it uses PGLITE_DIR, default .data/pglite).",
  );
  process.exit(2);
}
const buildDir = path.join(process.cwd(), ".next");
if (!existsSync(path.join(buildDir, "BUILD_ID"))) {
  console.error("The app is not built (.next is missing): run `npm run build` first.");
  process.exit(2);
}

const logins = BENCH_LOGINS[args.data];
const selected = SCENARIOS.filter((s) => s.name === FLOOR || args.only.length === 0 || args.only.includes(s.name));
const unknown = args.only.filter((name) => !SCENARIOS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`Unknown scenario ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

const engine = args.embedded ? "pglite" : "postgresql";
console.log(`Starting next start on port ${args.port} (${engine}, data ${args.data})…`);
const server = await startServer(args.port, serverEnv(args.embedded));
const cleanups: (() => Promise<void>)[] = [() => server.stop()];
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void runCleanups().then(() => process.exit(130)));
}
const memory = sampleRss(server.pid);

try {
  const cookies = await signInRoles(server, [...new Set(selected.map((s) => s.role).filter((r) => r !== null))]);
  const found = await discover(server.origin, cookies);
  const options = { duration: args.duration, connections: args.connections };
  const results: ScenarioResult[] = [];
  for (const scenario of selected) {
    const prepared =
      scenario.kind === "page"
        ? preparePage(
            scenario.name === FLOOR ? args.floor : scenario.path,
            scenario.role ? cookies.get(scenario.role)! : "",
            found,
          )
        : await prepareAction(scenario, cookies.get(scenario.role)!, found);
    const base = {
      name: scenario.name,
      role: scenario.role,
      dashboard: scenario.kind === "page" && !!scenario.dashboard,
    };
    if ("skipped" in prepared) {
      results.push({ ...base, path: "", skipped: prepared.skipped });
      console.log(`${scenario.name}: skipped (${prepared.skipped})`);
      continue;
    }
    try {
      const problem = await checkOnce(server.origin, prepared.request);
      if (problem) {
        results.push({ ...base, path: prepared.request.path, skipped: problem });
        console.log(`${scenario.name}: skipped (${problem})`);
        continue;
      }
      process.stdout.write(`${scenario.name} (${prepared.request.method} ${prepared.request.path})… `);
      const scenarioMemory = sampleRss(server.pid);
      const figures = await runLoad(server.origin, prepared.request, options);
      scenarioMemory.stop();
      console.log(`p50 ${figures.p50.toFixed(1)} ms, ${figures.rps.toFixed(1)} req/s, ${figures.errors} errors`);
      results.push({ ...base, path: prepared.request.path, ...figures, peakRssBytes: scenarioMemory.peak() });
    } finally {
      await prepared.after?.();
    }
  }
  const floor = results.find((r) => r.name === FLOOR);
  for (const r of results) if (floor?.p50 && r.p50 !== undefined) r.ratioToFloor = r.p50 / floor.p50;
  memory.stop();
  const partial: Omit<BenchRun, "goals"> = {
    startedAt: new Date().toISOString(),
    engine,
    data: args.data,
    duration: args.duration,
    connections: args.connections,
    commit: gitCommit(),
    node: process.version,
    peakRssBytes: Math.max(memory.peak(), treeRss(server.pid)),
    scenarios: results,
  };
  const run: BenchRun = { ...partial, goals: evaluateGoals(partial) };
  console.log("");
  printTable(run);
  printGoals(run.goals);
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${run.startedAt.replace(/[:.]/g, "-")}-${engine}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  memory.stop();
  await runCleanups();
}

async function runCleanups() {
  while (cleanups.length > 0) await cleanups.pop()!().catch((error) => console.error(error));
}

async function signInRoles(server: BenchServer, roles: BenchRole[]) {
  const cookies = new Map<BenchRole, string>();
  for (const role of roles) cookies.set(role, await signInOverHttp(server.origin, logins[role], BENCH_PASSWORD));
  return cookies;
}

/** Ids the scenarios need, read from the pages as each role sees them (so the same run works on any data set). */
async function discover(origin: string, cookies: Map<BenchRole, string>): Promise<Discovered> {
  const read = async (role: BenchRole, page: string) =>
    cookies.has(role) ? fetchPage(origin, page, cookies.get(role)!).catch(() => "") : "";
  const questionnaires = await read("curator", "/curator/questionnaires");
  const mentor = await read("mentor", "/mentor");
  const mentee = await read("mentee", "/mentee");
  return {
    resultsTemplateId: resultsLink.exec(questionnaires)?.[1] ?? null,
    mentorPairIds: [...new Set([...mentor.matchAll(pairLink)].map((m) => m[1]))],
    menteeQuestionnaireId: questionnaireLink.exec(mentee)?.[1] ?? null,
  };
}

type Prepared = { request: LoadRequest; after?: () => Promise<void> } | { skipped: string };

function preparePage(pathOf: string | ((found: Discovered) => string | null), cookie: string, found: Discovered): Prepared {
  const page = typeof pathOf === "string" ? pathOf : pathOf(found);
  if (!page) return { skipped: "nothing to open in this data set" };
  return { request: { method: "GET", path: page, headers: cookie ? { cookie } : {} } };
}

async function prepareAction(scenario: ActionScenario, cookie: string, found: Discovered): Promise<Prepared> {
  const { file, exportedName } = ACTIONS[scenario.action];
  const actionId = findActionId(buildDir, file, exportedName);
  const headers = actionHeaders(server.origin, actionId, cookie);
  const action = (page: string, body: LoadRequest["body"]): LoadRequest => ({
    method: "POST",
    path: page,
    headers,
    body,
    succeeded: actionSucceeded,
  });
  if (scenario.action === "logMeeting") {
    // The first of the mentor's pairs that takes a meeting (a working one), with its mentees marked present.
    for (const pairId of found.mentorPairIds) {
      const page = `/mentor/pairs/${pairId}`;
      const input = meetingLogInput(pairId, await fetchPage(server.origin, page, cookie).catch(() => ""));
      const once = await callAction(server.origin, page, actionId, cookie, input);
      if (actionSucceeded(once.body)) return { request: action(page, actionBody(input)) };
    }
    return { skipped: "none of the mentor's pairs takes a meeting" };
  }
  if (!found.menteeQuestionnaireId) return { skipped: "the mentee has no questionnaire to fill" };
  const page = `/questionnaires/${found.menteeQuestionnaireId}`;
  if (scenario.action === "saveDraft") {
    const input = { responseId: found.menteeQuestionnaireId, answers: {} };
    const once = await callAction(server.origin, page, actionId, cookie, input);
    if (!actionSucceeded(once.body)) return { skipped: `the draft was not saved (HTTP ${once.status})` };
    return { request: action(page, actionBody(input)) };
  }
  if (!databaseUrl || args.embedded) {
    return { skipped: "needs a pool of pending questionnaires, made on PostgreSQL only" };
  }
  // One pending copy per request: more than the server could take in the run.
  const pool = await prepareSubmitPool(databaseUrl, logins.mentee, Math.min(50_000, args.duration * 500));
  if (!pool) return { skipped: "the mentee has no questionnaire to fill" };
  const clean = () => cleanSubmitPool(databaseUrl);
  cleanups.push(clean);
  const submitPage = `/questionnaires/${pool.ids[0]}`;
  const once = await callAction(server.origin, submitPage, actionId, cookie, {
    responseId: pool.ids[0],
    answers: pool.answers,
  });
  if (!actionSucceeded(once.body)) {
    await clean();
    return { skipped: `a submit failed (HTTP ${once.status}): ${once.body.slice(0, 200)}` };
  }
  let next = 1;
  // Each request submits the next copy; the page posted to is the first copy's (the action reads the id it is given).
  const body = () => actionBody({ responseId: pool.ids[Math.min(next++, pool.ids.length - 1)], answers: pool.answers });
  return { request: action(submitPage, body), after: clean };
}

/** One request before the load: a scenario that fails once is reported as skipped, with why, and not loaded. */
async function checkOnce(origin: string, request: LoadRequest): Promise<string | null> {
  if (request.method === "POST") return null; // actions were checked (or cannot be repeated) when prepared
  const response = await fetch(`${origin}${request.path}`, { headers: request.headers, redirect: "manual" });
  await response.text();
  if (response.status === 200) return null;
  return `answered ${response.status} ${response.headers.get("location") ?? ""}`.trim();
}

function gitCommit() {
  try {
    return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}
