import "server-only";
import { db } from "@/lib/db/client";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/retry-delay";
import { JOBS } from "./jobs";

/** For /admin/jobs: each job's last run and last failure, and the latest runs; job runs are the installation's, not a school's. */
export async function listJobRuns() {
  const [latest, mailRetrying, mailGivenUp] = await Promise.all([
    db.jobRun.findMany({ orderBy: { startedAt: "desc" }, take: 50 }),
    db.emailOutbox.count({ where: { sentAt: null, lastError: { not: null }, attempts: { lt: MAX_MAIL_ATTEMPTS } } }),
    db.emailOutbox.count({ where: { sentAt: null, attempts: { gte: MAX_MAIL_ATTEMPTS } } }),
  ]);
  const lastOf = await Promise.all(
    JOBS.map(async (job) => ({
      job,
      last: await db.jobRun.findFirst({ where: { name: job.name }, orderBy: { startedAt: "desc" } }),
      lastFailure: await db.jobRun.findFirst({ where: { name: job.name, status: "FAILED" }, orderBy: { startedAt: "desc" } }),
    })),
  );
  return { jobs: lastOf, latest, mail: { retrying: mailRetrying, givenUp: mailGivenUp } };
}
