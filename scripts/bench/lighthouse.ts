// npm run lighthouse — Lighthouse (performance and accessibility, its default mobile form factor: a phone's screen,
// a slow network and CPU, simulated) on the main page of each role, signed in by the session cookie sent as an extra
// header, in our Chromium (CHROMIUM_PATH, default /usr/bin/chromium) run headless by chrome-launcher.
// Starts the built app itself like `npm run bench` (PostgreSQL at DATABASE_URL, or --embedded) on port 3205.
// Goals of issue 15: performance ≥ 95, accessibility 100. Writes bench-results/lighthouse-<timestamp>.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { BENCH_LOGINS, BENCH_PASSWORD, type BenchData, type BenchRole } from "./bench-logins";
import { serverEnv, startServer } from "./bench-server";
import { signInOverHttp } from "./bench-session";

const PAGES: { role: BenchRole | null; path: string }[] = [
  { role: null, path: "/login" },
  { role: "curator", path: "/curator" },
  { role: "mentor", path: "/mentor" },
  { role: "mentee", path: "/mentee" },
  { role: "parent", path: "/parent" },
  { role: "director", path: "/director" },
  { role: "coordinator", path: "/municipality" },
];

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const embedded = flag("--embedded");
const data = (option("--data") ?? "demo") as BenchData;
const port = Number(option("--port") ?? process.env.LIGHTHOUSE_PORT ?? 3205);
const only = option("--only")?.split(",");
/** --reports: also write each page's full Lighthouse report (its audits say what costs the score). */
const saveReports = flag("--reports");
const runStamp = new Date().toISOString().replace(/[:.]/g, "-");
if (!BENCH_LOGINS[data]) throw new Error("--data is demo or scale");
if (!embedded && !process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set (or pass --embedded for the PGlite database at PGLITE_DIR).");
  process.exit(2);
}
if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("The app is not built (.next is missing): run `npm run build` first.");
  process.exit(2);
}

interface PageScore {
  role: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  /** Failed accessibility audits, by id, so a score under 100 says why. */
  accessibilityIssues: string[];
  metrics: Record<string, number | undefined>;
  finalUrl?: string;
  error?: string;
}

const server = await startServer(port, serverEnv(embedded));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const scores: PageScore[] = [];
try {
  for (const page of PAGES.filter((p) => !only || only.includes(p.role ?? "login"))) {
    const cookie = page.role ? await signInOverHttp(server.origin, BENCH_LOGINS[data][page.role], BENCH_PASSWORD) : "";
    const url = `${server.origin}${page.path}`;
    // Warm: a running server has served the page before (its code loads on the first request, next.config.ts).
    for (let i = 0; i < 2; i++) await (await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" })).arrayBuffer();
    process.stdout.write(`${page.role ?? "signed out"} ${page.path}… `);
    const score: PageScore = {
      role: page.role ?? "signed out",
      path: page.path,
      performance: null,
      accessibility: null,
      accessibilityIssues: [],
      metrics: {},
    };
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        ...(cookie && { extraHeaders: { Cookie: cookie } }),
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no report");
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      score.finalUrl = lhr.finalDisplayedUrl;
      if (saveReports) {
        mkdirSync("bench-results", { recursive: true });
        const name = `lighthouse-${runStamp}-${page.role ?? "login"}.report.json`;
        writeFileSync(path.join("bench-results", name), JSON.stringify(lhr));
      }
      if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
        throw new Error(`ended on ${lhr.finalDisplayedUrl}: the session was not used`);
      }
      const percent = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : null);
      score.performance = percent(lhr.categories.performance?.score);
      score.accessibility = percent(lhr.categories.accessibility?.score);
      score.accessibilityIssues = (lhr.categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score !== 1)
        .map((ref) => ref.id);
      for (const id of [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
        "speed-index",
      ]) {
        score.metrics[id] = lhr.audits[id]?.numericValue;
      }
      console.log(`performance ${score.performance}, accessibility ${score.accessibility}`);
    } catch (error) {
      score.error = error instanceof Error ? error.message : String(error);
      console.log(`failed: ${score.error}`);
    }
    scores.push(score);
  }
} finally {
  chrome.kill();
  await server.stop();
}

console.log("");
const header = ["role", "page", "performance", "accessibility", "LCP ms", "TBT ms", "CLS", "a11y issues"];
const rows = scores.map((s) => [
  s.role,
  s.path,
  s.performance === null ? "–" : String(s.performance),
  s.accessibility === null ? "–" : String(s.accessibility),
  s.metrics["largest-contentful-paint"]?.toFixed(0) ?? "–",
  s.metrics["total-blocking-time"]?.toFixed(0) ?? "–",
  s.metrics["cumulative-layout-shift"]?.toFixed(3) ?? "–",
  s.error ? `error: ${s.error}` : s.accessibilityIssues.join(", ") || "–",
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, widths.map((w) => "-".repeat(w)), ...rows]) {
  console.log(
    row
      .map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd(),
  );
}
console.log("\nIssue 15 goals (phone size):");
for (const s of scores) {
  const ok = s.performance !== null && s.performance >= 95 && s.accessibility === 100;
  console.log(
    `[${ok ? " yes " : " NO  "}] ${s.role} ${s.path}: performance ${s.performance ?? "–"} (≥ 95), accessibility ${s.accessibility ?? "–"} (100)`,
  );
}
mkdirSync("bench-results", { recursive: true });
const file = path.join("bench-results", `lighthouse-${runStamp}.json`);
writeFileSync(file, `${JSON.stringify({ engine: embedded ? "pglite" : "postgresql", data, pages: scores }, null, 2)}\n`);
console.log(`\nFigures written to ${file}`);
if (scores.some((s) => s.error)) process.exitCode = 1;
