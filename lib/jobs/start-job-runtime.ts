import type { PGlite } from "@electric-sql/pglite";
import { fromPglite, PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobDefinition } from "./job-definition";
import { runRecordedJob } from "./run-recorded-job";

/** Failed runs are retried 30 s, ~1 min, ~2 min, … later (exponential with jitter), at most an hour apart. */
const retryPolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 30 * 60 };

export interface JobRuntimeOptions {
  db: PrismaClient;
  jobs: readonly JobDefinition[];
  /** Real PostgreSQL: pg-boss opens its own small pool. */
  connectionString?: string;
  /** The embedded database: pg-boss shares the app's one PGlite connection. */
  pglite?: PGlite;
  /** false: only enqueue, never work (a web process beside a separate `npm run worker`). */
  work?: boolean;
  pollingIntervalSeconds?: number;
  /** Overrides of the retry policy (tests retry within a second). */
  retry?: Partial<typeof retryPolicy>;
}

/**
 * Starts pg-boss (jobs kept in PostgreSQL, schema `pgboss`): one queue per job, its cron schedule, and a worker.
 * The queues are `singleton` (one active run at a time across every instance) and pg-boss fires each cron tick
 * once per database, so two app instances run each job once.
 */
export async function startJobRuntime(options: JobRuntimeOptions): Promise<PgBoss> {
  const boss = options.pglite
    ? new PgBoss({ db: fromPglite(options.pglite), backend: "pglite", schema: "pgboss" })
    : new PgBoss({ connectionString: options.connectionString, schema: "pgboss", max: 3, application_name: "nastavnik-jobs" });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const job of options.jobs) {
    await boss.createQueue(job.name, {
      policy: "singleton",
      ...retryPolicy,
      ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
      ...options.retry,
    });
    await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
    if (options.work === false) continue;
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async ([queued]) => {
      if (queued) await runRecordedJob(options.db, job);
    });
  }
  return boss;
}
