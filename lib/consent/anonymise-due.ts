// Runs outside Next.js too (scripts/jobs/anonymise.ts): no "server-only", no next/*; the database client is passed in.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { consentStatus } from "./consent-rules";

export const ANONYMISED_NAME = "Обезличено";
/** One key for every app instance: two instances on one PostgreSQL never anonymise at the same time. */
export const ANONYMISE_LOCK_KEY = 152_2006;
const DAY_MS = 24 * 3600 * 1000;

export interface AnonymisedPerson {
  schoolId: string;
  personId: string;
  actNumber: number;
}

export interface AnonymiseReport {
  anonymised: AnonymisedPerson[];
  /** Due, but another app instance held the job's lock. */
  skipped: number;
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
    },
  });
  return people.filter((person) => {
    const status = consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, person.consentsAbout, now);
    if (status.valid) return false;
    const lastWithdrawal = Math.max(...person.consentsAbout.map((c) => c.withdrawnAt?.getTime() ?? 0));
    return now.getTime() - lastWithdrawal >= person.school.consentRetentionDays * DAY_MS;
  });
}

/**
 * Anonymises every person who is due, one transaction per person, and writes an act of destruction and an audit entry
 * for each. Idempotent: an anonymised person is never due again.
 */
export async function anonymiseDue(db: PrismaClient, now = new Date()): Promise<AnonymiseReport> {
  const report: AnonymiseReport = { anonymised: [], skipped: 0 };
  for (const due of await findDue(db, now)) {
    const done = await db.$transaction(async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ANONYMISE_LOCK_KEY}::bigint) AS locked`;
      if (!locked) return null;
      // Re-read inside the lock: another instance may have finished this person meanwhile.
      const person = await tx.person.findFirst({
        where: { id: due.id, anonymisedAt: null },
        select: {
          id: true,
          userId: true,
          mentee: { select: { id: true } },
          consentsAbout: { where: { purpose: "MENTORING", withdrawnAt: { not: null } }, orderBy: { withdrawnAt: "desc" }, take: 1, select: { withdrawnAt: true } },
        },
      });
      if (!person) return null;
      const categories = ["фамилия, имя, отчество", "дата рождения", "ключ записи контингента"];
      await tx.person.update({
        where: { id: person.id },
        data: { lastName: ANONYMISED_NAME, firstName: "", middleName: null, birthDate: null, rosterKey: null, userId: null, anonymisedAt: now },
      });
      if (person.mentee) {
        await tx.menteeRequest.deleteMany({ where: { menteeId: person.mentee.id } });
        await tx.menteeProfile.update({ where: { id: person.mentee.id }, data: { request: null } });
        categories.push("запрос наставляемого");
      }
      const answers = await tx.answer.updateMany({
        where: { schoolId: due.schoolId, response: { subjectId: person.id }, textValue: { not: null } },
        data: { textValue: null },
      });
      if (answers.count > 0) categories.push("текстовые ответы анкет о человеке");
      // Questionnaires not yet answered about this person are no longer sent.
      await tx.questionnaireResponse.deleteMany({ where: { schoolId: due.schoolId, subjectId: person.id, status: "PENDING" } });
      if (person.userId) {
        await tx.membership.deleteMany({ where: { userId: person.userId, schoolId: due.schoolId } });
        const elsewhere = await tx.membership.count({ where: { userId: person.userId } });
        // A user who still works in another school keeps the account there; their sessions end either way.
        await tx.user.update({
          where: { id: person.userId },
          data: elsewhere > 0
            ? { sessionVersion: { increment: 1 } }
            : { isActive: false, sessionVersion: { increment: 1 }, displayName: ANONYMISED_NAME, email: null, login: `anonymised-${person.userId}` },
        });
        categories.push("учётная запись в приложении");
      }
      const last = await tx.destructionAct.findFirst({ where: { schoolId: due.schoolId }, orderBy: { number: "desc" }, select: { number: true } });
      const number = (last?.number ?? 0) + 1;
      const withdrawnAt = person.consentsAbout[0]?.withdrawnAt;
      const reason = `Отзыв согласия на обработку персональных данных${withdrawnAt ? ` ${withdrawnAt.toISOString().slice(0, 10).split("-").reverse().join(".")}` : ""}; истёк срок хранения после отзыва`;
      await tx.destructionAct.create({
        data: { schoolId: due.schoolId, number, personId: person.id, dataCategories: categories, reason, performedAt: now },
      });
      await tx.auditEntry.create({
        data: {
          schoolId: due.schoolId,
          userId: null,
          action: "person.anonymise",
          entityType: "Person",
          entityId: person.id,
          details: { actNumber: number, dataCategories: categories, answersCleared: answers.count },
        },
      });
      return { schoolId: due.schoolId, personId: person.id, actNumber: number };
    });
    if (done) report.anonymised.push(done);
    else report.skipped += 1;
  }
  return report;
}
