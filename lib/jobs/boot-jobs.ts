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
