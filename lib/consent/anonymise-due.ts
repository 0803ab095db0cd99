// Runs outside Next.js too (scripts/jobs/anonymise.ts): no "server-only", no next/*; the database client is passed in.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { anonymisePerson, isDue } from "./anonymise-person";
import { removeScanFiles } from "./remove-scan-files";

export { ANONYMISED_NAME, ANONYMISE_LOCK_KEY } from "./anonymise-person";

export interface AnonymisedPerson {
  schoolId: string;
  personId: string;
  actNumber: number;
}

export interface AnonymiseFailure {
  schoolId: string;
  personId: string;
  error: string;
}

export interface AnonymiseReport {
  anonymised: AnonymisedPerson[];
  /** Due, but another app instance held the job's lock. */
  skipped: number;
  /** Due when listed, but no longer when re-checked in their transaction (e.g. the consent was given again). */
  cancelled: number;
  /** People whose anonymisation failed (rolled back, tried again on the next run), or whose scan files were not deleted. */
  failed: AnonymiseFailure[];
}

/** People whose MENTORING consent was withdrawn, is not valid again, and whose school's retention period has passed. */
async function findDue(db: PrismaClient, now: Date) {
  const people = await db.person.findMany({
    where: { anonymisedAt: null, consentsAbout: { some: { purpose: "MENTORING", withdrawnAt: { not: null } } } },
    select: {
      id: true,
      schoolId: true,
      birthDate: true,
      pupil: { select: { id: true } },
      school: { select: { consentRetentionDays: true } },
      consentsAbout: { where: { purpose: "MENTORING" }, select: { giverRole: true, withdrawnAt: true } },
      destructionActs: { orderBy: { performedAt: "desc" }, take: 1, select: { performedAt: true } },
    },
  });
  return people.filter((person) => isDue(person, now));
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Anonymises every person who is due, one transaction per person, and writes an act of destruction and an audit entry
 * for each. One failing person never stops the others. Idempotent: a person is not due again after their act.
 * Consent scans are deleted from the file store only after their person's transaction has committed.
 */
export async function anonymiseDue(db: PrismaClient, now = new Date()): Promise<AnonymiseReport> {
  const report: AnonymiseReport = { anonymised: [], skipped: 0, cancelled: 0, failed: [] };
  for (const due of await findDue(db, now)) {
    let result: Awaited<ReturnType<typeof anonymisePerson>>;
    try {
      result = await anonymisePerson(db, due.id, now);
    } catch (error) {
      report.failed.push({ schoolId: due.schoolId, personId: due.id, error: message(error) });
      continue;
    }
    if (result.outcome === "locked") report.skipped += 1;
    else if (result.outcome === "not-due") report.cancelled += 1;
    else {
      report.anonymised.push({ schoolId: result.schoolId, personId: result.personId, actNumber: result.actNumber });
      const notDeleted = await removeScanFiles(result.scanKeys);
      if (notDeleted.length) {
        report.failed.push({
          schoolId: result.schoolId,
          personId: result.personId,
          error: `не удалены файлы сканов: ${notDeleted.join(", ")}`,
        });
      }
    }
  }
  return report;
}
