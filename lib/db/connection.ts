import { createHash } from "node:crypto";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquireDirectoryLock } from "./directory-lock";

/** Where the embedded database lives when DATABASE_URL is not set; `memory://` keeps it in memory (tests). */
export function pgliteDirectory(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

export function openPglite(dir = pgliteDirectory()): PGlite {
  if (!dir.startsWith("memory://")) acquireDirectoryLock(dir);
  return new PGlite(dir);
}

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database. */
export function createPrismaClient(databaseUrl = process.env.DATABASE_URL, pglite?: PGlite): PrismaClient {
  if (databaseUrl) {
    return new PrismaClient({
      adapter: new PrismaPg(
        { connectionString: databaseUrl, options: SESSION_SETTINGS, maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS },
        { statementNameGenerator: preparedStatementName },
      ),
      omit: secretFields,
      transactionOptions,
    });
  }
  return new PrismaClient({ adapter: new PrismaPGlite(pglite ?? openPglite()), omit: secretFields, transactionOptions });
}

/**
 * Planner settings of the app's sessions (an `options` parameter in DATABASE_URL replaces them):
 * - JIT compilation pays off for long analytical queries only: for the app's reports (tens of milliseconds) it adds
 *   its own tens of milliseconds to every run (the municipality's report: 3.5 s with it, 1.2 s without).
 * - A random page read priced near a sequential one, as for data on SSD or in memory: with the default 4 the planner
 *   read all 104,000 people of a municipality to count one school's 1,000 pupils (the director's KPIs: 277 ms → 65 ms).
 * - Prepared statements are planned for their parameters each time, never with a generic plan: the director's report
 *   (one school) and the municipality's (fifty) share their SQL, and a plan made for one school must not serve fifty.
 */
export const SESSION_SETTINGS = "-c jit=off -c random_page_cost=1.1 -c plan_cache_mode=force_custom_plan";

/**
 * Named (prepared) statements: a connection parses a statement once and PostgreSQL can keep its plan, instead of parsing
 * and planning every query of every page again. A statement with a long IN list stays unnamed (one-off text), and
 * connections are renewed every CONNECTION_LIFETIME_SECONDS so the statements kept per connection cannot pile up.
 * Behind PgBouncer in transaction mode this needs PgBouncer 1.21+ with `max_prepared_statements` (README).
 */
export function preparedStatementName(query: { sql: string; args: unknown[] }): string {
  // "" is pg's unnamed statement.
  if (query.args.length > MAX_NAMED_ARGS) return "";
  return `n_${createHash("sha1").update(query.sql).digest("base64url")}`;
}

const MAX_NAMED_ARGS = 40;
const CONNECTION_LIFETIME_SECONDS = 600;

// Under load a write waits up to 10 s for a free connection (Prisma's default is 2 s) rather than failing: the
// restart benchmark saw a meeting log refused (P2028) on a busy machine with the database up.
const transactionOptions = { maxWait: 10_000 };

const secretFields = { user: { passwordHash: true } } as const;
