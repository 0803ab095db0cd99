// A PostgreSQL cluster of its own for the restart benchmark: initdb in a temporary directory, its own port and socket
// directory, so stopping it touches nothing else on the machine. As root the server runs as `postgres` (it refuses
// root), like .ci/run does. Password authentication with a password drawn for the run: the port on 127.0.0.1 is open to
// every local user for the run's length, and a superuser there could run programs as the machine's `postgres`.
// remove() stops it and deletes the directory.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  port: number;
  /** postgresql://postgres:<password>@127.0.0.1:<port>/<database> */
  url(database: string): string;
  /** `pg_ctl stop -m fast`: sessions are cut, open transactions rolled back. Resolves once the server is down. */
  stop(): Promise<void>;
  /** `pg_ctl start -w`: resolves once the server accepts connections. */
  start(): Promise<void>;
  remove(): Promise<void>;
}

export async function createThrowawayPostgres(firstPort: number): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), "nastavnik-restart-"));
  const asRoot = userInfo().uid === 0;
  if (asRoot) chownSync(dir, ...postgresIds());
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);
  const data = path.join(dir, "data");
  const password = randomBytes(18).toString("hex");
  const passwordFile = path.join(dir, "password");
  const pgCtl = (...args: string[]) => pg("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", ...args]);
  let start: () => Promise<void>;
  let port: number;
  try {
    writeFileSync(passwordFile, password, { mode: 0o600 });
    if (asRoot) chownSync(passwordFile, ...postgresIds());
    port = await freePort(firstPort, firstPort + 10);
    await pg("initdb", ["-D", data, "-A", "scram-sha-256", "--pwfile", passwordFile, "-U", "postgres", "--no-sync"]);
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=100`;
    start = async () => void (await pgCtl("-o", options, "start"));
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let removed = false;
  return {
    port,
    url: (database) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => void (await pgCtl("-m", "fast", "stop")),
    start,
    remove: async () => {
      if (removed) return;
      removed = true;
      await pgCtl("-m", "immediate", "stop").catch(() => undefined); // already down is fine
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The newest PostgreSQL's binaries (Debian keeps them in /usr/lib/postgresql/<version>/bin). */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  let versions: string[] = [];
  try {
    versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  } catch {
    // no PostgreSQL installed
  }
  if (versions.length === 0) throw new Error(`No PostgreSQL binaries in ${root}/*/bin (apt-get install postgresql)`);
  return path.join(root, versions.at(-1)!, "bin");
}

function postgresIds(): [number, number] {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("Running as root needs the postgres user to run the server as (apt-get install postgresql)");
  const [, , uid, gid] = line.split(":");
  return [Number(uid), Number(gid)];
}

/** The first port in [from, to) nobody listens on at 127.0.0.1. */
async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port < to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once("error", () => resolve(false))
        .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port for PostgreSQL in ${from}–${to - 1}`);
}
