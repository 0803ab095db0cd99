import type { PrismaClient } from "@/lib/generated/prisma/client";
import { anonymiseDue } from "@/lib/consent/anonymise-due";

/** The anonymisation after a withdrawn consent as a job: a failure for one person fails the run (retried), after the rest are done. */
export async function anonymiseJob(db: PrismaClient, now: Date): Promise<string> {
  const report = await anonymiseDue(db, now);
  const summary = `обезличено ${report.anonymised.length}, отменено ${report.cancelled}, пропущено ${report.skipped}`;
  if (report.failed.length > 0) {
    const first = report.failed[0];
    throw new Error(`${summary}; ошибок ${report.failed.length}, первая: ${first.error}`);
  }
  return summary;
}
