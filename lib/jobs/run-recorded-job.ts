import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobDefinition } from "./job-definition";

/**
 * Runs a job and keeps the run (start, end, summary or error) for the administrator's page.
 * A failure is rethrown so the queue retries it with backoff.
 */
export async function runRecordedJob(db: PrismaClient, job: JobDefinition, now = new Date()): Promise<string> {
  const run = await db.jobRun.create({ data: { name: job.name, startedAt: now }, select: { id: true } });
  try {
    const summary = await job.run(db, now);
    await db.jobRun.update({
      where: { id: run.id },
      data: { status: "SUCCEEDED", finishedAt: new Date(), summary: summary.slice(0, 500) },
    });
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun.update({
      where: { id: run.id },
      data: { status: "FAILED", finishedAt: new Date(), error: message.slice(0, 2000) },
    });
    throw error;
  }
}
