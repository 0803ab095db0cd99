import type { PgBoss } from "pg-boss";
import { processDatabase } from "@/lib/db/process-database";
import { JOBS } from "./jobs";
import { startJobRuntime } from "./start-job-runtime";

/**
 * Starts the job queue for this process. On PostgreSQL every app instance works the queue unless RUN_JOBS=false
 * (then `npm run worker` does); on the embedded database the app process is the only one that can, so it always does.
 */
export async function bootJobs(role: "app" | "worker"): Promise<PgBoss | null> {
  const { db, pglite } = processDatabase();
  if (pglite) {
    if (role === "worker")
      throw new Error("npm run worker needs DATABASE_URL: on the embedded database the app runs the jobs itself.");
    return startJobRuntime({ db, jobs: JOBS, pglite });
  }
  const work = role === "worker" || process.env.RUN_JOBS !== "false";
  if (!work) return null;
  return startJobRuntime({ db, jobs: JOBS, connectionString: process.env.DATABASE_URL });
}

/**
 * The app's start: the queue comes up beside the web server, never in its way. A failure (the database not up yet,
 * no right to create the `pgboss` schema) is logged and tried again with a growing pause, while pages keep serving;
 * on shutdown the queue stops cleanly, so no job is left marked active.
 */
export function startJobsBeside(attempt = 0): void {
  bootJobs("app")
    .then((boss) => {
      if (!boss) return;
      const stop = () => void boss.stop({ graceful: true, timeout: 20_000 });
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    })
    .catch((error: unknown) => {
      const pause = Math.min(10 * 60_000, 15_000 * 2 ** attempt);
      console.error(`[jobs] the job queue did not start; trying again in ${Math.round(pause / 1000)} s`, error);
      setTimeout(() => startJobsBeside(attempt + 1), pause).unref();
    });
}
