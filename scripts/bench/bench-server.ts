// Starts the built app with `next start` on its own port, waits for it, samples its memory and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface BenchServer {
  origin: string;
  pid: number;
  /** The last 4000 characters the server printed. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Environment of the server: PostgreSQL at DATABASE_URL, or (embedded) PGlite at PGLITE_DIR with no DATABASE_URL; the
 * Node options of `npm start` (its heap limit), so the benchmark measures the server as it runs in production.
 */
export function serverEnv(embedded: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // The operator's own options come last, as `npm start` puts them: a repeated flag's last value wins.
    NODE_OPTIONS: `${startNodeOptions()} ${process.env.NODE_OPTIONS ?? ""}`.trim(),
  };
  // Sessions of this run only: the benchmark signs in itself.
  env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  if (embedded) delete env.DATABASE_URL;
  return env;
}

/** The NODE_OPTIONS that package.json's `start` script sets. */
export function startNodeOptions(): string {
  const { scripts } = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  return /--max-old-space-size=\d+/.exec(scripts.start)?.[0] ?? "";
}

export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<BenchServer> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const early = await Promise.race([exited, sleep(250).then(() => "running" as const)]);
    if (early !== "running") throw new Error(`next start exited (${early}):\n${log}`);
    try {
      const response = await fetch(`${origin}/login`, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`next start did not answer on ${origin} within 60 s:\n${log}`);
    }
  }
  return { origin, pid: child.pid!, log: () => log, stop: () => stopProcess(child, exited) };
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done) child.kill("SIGKILL");
}

/** Resident memory (VmRSS, bytes) of a process and all its descendants, from /proc; 0 once it is gone. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const id of [pid, ...descendants(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // ended between the listing and the read
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Samples the server's memory every `everyMs` until stopped; `peak()` is the highest sample. */
export function sampleRss(pid: number, everyMs = 200) {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), everyMs);
  return {
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
