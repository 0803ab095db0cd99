// Runs outside Next.js too (scripts/jobs/anonymise.ts): no "server-only", no next/*; the database client is passed in.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ConsentGiverRole, Role } from "@/lib/generated/prisma/enums";
import { formatInstant, todayCalendarDate } from "../format/date";
import { tombstoneKey } from "../roster/roster-key";
import { consentStatus } from "./consent-rules";
import { forgetInPairWork } from "./forget-in-pair-work";
import { forgetInStageData } from "./forget-in-stage-data";
import { stopProgrammeProcessing } from "./stop-programme-processing";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeCalendarFeeds } from "@/lib/calendar/revoke-calendar-feeds";

export const ANONYMISED_NAME = "Обезличено";
/** One key for every app instance: two instances on one PostgreSQL never anonymise at the same time. */
export const ANONYMISE_LOCK_KEY = 152_2006;
export const CONSENT_WITHDRAWN_DECLINE = "Согласие на обработку данных отозвано";
const DAY_MS = 24 * 3600 * 1000;
/** Roles held under labour law, not under the MENTORING consent: their holders keep their name, roles and account. */
const STAFF_ROLES: Role[] = ["CURATOR", "DIRECTOR", "ADMIN", "PSYCHOLOGIST"];
const PROGRAMME_ROLES: Role[] = ["MENTOR", "MENTEE"];

interface DueCheck {
  birthDate: Date | null;
  pupil: { id: string } | null;
  school: { consentRetentionDays: number };
  consentsAbout: { giverRole: ConsentGiverRole; withdrawnAt: Date | null }[];
  destructionActs: { performedAt: Date }[];
}

/** Withdrawn, not valid again, not yet destroyed since the last withdrawal, and the retention period has passed. */
export function isDue(person: DueCheck, now: Date): boolean {
  const status = consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, person.consentsAbout, now);
  if (status.valid) return false;
  const lastWithdrawal = Math.max(0, ...person.consentsAbout.map((c) => c.withdrawnAt?.getTime() ?? 0));
  if (lastWithdrawal === 0) return false;
  if ((person.destructionActs[0]?.performedAt.getTime() ?? -1) >= lastWithdrawal) return false;
  return now.getTime() - lastWithdrawal >= person.school.consentRetentionDays * DAY_MS;
}

export type AnonymiseOutcome =
  | { outcome: "locked" }
  | { outcome: "not-due" }
  | { outcome: "done"; schoolId: string; personId: string; actNumber: number; scanKeys: string[] };

const personSelect = {
  id: true,
  schoolId: true,
  userId: true,
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  rosterKey: true,
  pupil: { select: { id: true } },
  staff: { select: { id: true } },
  mentor: { select: { id: true } },
  mentee: { select: { id: true } },
  school: { select: { consentRetentionDays: true, timeZone: true } },
  consentsAbout: { select: { purpose: true, giverRole: true, withdrawnAt: true, scanStorageKey: true } },
  destructionActs: { orderBy: { performedAt: "desc" }, take: 1, select: { performedAt: true } },
  user: { select: { memberships: { select: { role: true, schoolId: true } } } },
} satisfies Prisma.PersonSelect;

/**
 * Anonymises one person in one transaction, after re-checking under the job's lock that they are still due.
 * Staff (a Staff row or a staff role) lose only the programme's data and their MENTOR/MENTEE roles: their staff record,
 * name, other roles and account are processed under labour law, not under this consent. Pupils and outside people lose
 * their name, birth date, roster key (a hash stays as a tombstone), parent links and account.
 */
export async function anonymisePerson(db: PrismaClient, personId: string, now: Date): Promise<AnonymiseOutcome> {
  return db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(${ANONYMISE_LOCK_KEY}::bigint) AS locked`;
    if (!locked) return { outcome: "locked" as const };
    const person = await tx.person.findFirst({ where: { id: personId, anonymisedAt: null }, select: personSelect });
    const mentoring = person?.consentsAbout.filter((c) => c.purpose === "MENTORING") ?? [];
    if (!person || !isDue({ ...person, consentsAbout: mentoring }, now)) return { outcome: "not-due" as const };
    const schoolId = person.schoolId;
    const today = todayCalendarDate(person.school.timeZone, now);
    const roles = person.user?.memberships.filter((m) => m.schoolId === schoolId).map((m) => m.role) ?? [];
    const isStaff = !!person.staff || roles.some((role) => STAFF_ROLES.includes(role));
    const categories: string[] = [];
    const details: Record<string, Prisma.InputJsonValue> = { scope: isStaff ? "programme" : "full" };

    if (!isStaff) {
      const tombstone = person.rosterKey ? tombstoneKey(person.rosterKey) : null;
      const taken = tombstone ? await tx.person.count({ where: { schoolId, rosterKey: tombstone } }) : 0;
      await tx.person.update({
        where: { id: person.id },
        data: {
          lastName: ANONYMISED_NAME,
          firstName: "",
          middleName: null,
          birthDate: null,
          rosterKey: taken ? null : tombstone,
          userId: null,
          anonymisedAt: now,
        },
      });
      categories.push("фамилия, имя, отчество");
      if (person.birthDate) categories.push("дата рождения");
      if (person.rosterKey) categories.push("ключ записи контингента");
      if (person.pupil) await tx.pupil.update({ where: { id: person.pupil.id }, data: { status: "LEFT", leftAt: today } });
      const links = await tx.parentChild.deleteMany({ where: { schoolId, childId: person.id } });
      if (links.count) categories.push("связи с родителями");
      details.parentLinksDeleted = links.count;
    }

    details.stopped = { ...(await stopProgrammeProcessing(tx, schoolId, person.id, today)) };
    if (person.mentor) {
      await tx.mentorProfile.update({
        where: { id: person.mentor.id },
        data: {
          competencies: null,
          strengths: null,
          availability: null,
          contact: null,
          status: "DECLINED",
          declineReason: CONSENT_WITHDRAWN_DECLINE,
          statusChangedAt: now,
        },
      });
      categories.push("анкета наставника: компетенции, сильные стороны, доступность, контакты");
      const notes = await tx.mentorInterview.updateMany({
        where: { schoolId, mentorId: person.mentor.id, notes: { not: null } },
        data: { notes: null },
      });
      if (notes.count) categories.push("заметки собеседований с наставником");
      details.interviewNotesCleared = notes.count;
    }
    categories.push(
      ...(await forgetInStageData(tx, {
        schoolId,
        lastName: person.lastName,
        menteeId: person.mentee?.id,
        mentorId: person.mentor?.id,
        userId: isStaff ? null : person.userId,
      })),
    );
    const pairWork = await forgetInPairWork(tx, {
      schoolId,
      personId: person.id,
      menteeId: person.mentee?.id,
      mentorId: person.mentor?.id,
      userId: person.userId,
      names: { lastName: person.lastName, firstName: person.firstName, middleName: person.middleName },
    });
    categories.push(...pairWork.categories);
    if (person.mentee) {
      const requests = await tx.menteeRequest.deleteMany({ where: { schoolId, menteeId: person.mentee.id } });
      await tx.menteeProfile.update({ where: { id: person.mentee.id }, data: { request: null } });
      categories.push("запрос наставляемого");
      details.menteeRequestsDeleted = requests.count;
    }
    const answers = await tx.answer.updateMany({
      where: { schoolId, response: { subjectId: person.id }, textValue: { not: null } },
      data: { textValue: null },
    });
    if (answers.count) categories.push("текстовые ответы анкет о человеке");
    details.answersCleared = answers.count;

    // Consent rows stay as proof of lawful processing; the reason and the signed scans (names, signatures) go.
    const consentWhere = { schoolId, subjectId: person.id, ...(isStaff ? { purpose: "MENTORING" as const } : {}) };
    const reasons = await tx.consent.updateMany({
      where: { ...consentWhere, withdrawalReason: { not: null } },
      data: { withdrawalReason: null },
    });
    if (reasons.count) categories.push("причина отзыва согласия");
    const scanned = isStaff ? person.consentsAbout.filter((c) => c.purpose === "MENTORING") : person.consentsAbout;
    const scanKeys = scanned.flatMap((c) => (c.scanStorageKey ? [c.scanStorageKey] : []));
    if (scanKeys.length) {
      await tx.consent.updateMany({
        where: { schoolId, scanStorageKey: { in: scanKeys } },
        data: { scanStorageKey: null, scanFileName: null, scanMimeType: null },
      });
      categories.push("сканы подписанных бланков согласий");
    }
    details.scansDeleted = scanKeys.length;

    if (person.userId && isStaff) {
      const removed = await tx.membership.deleteMany({
        where: { userId: person.userId, schoolId, role: { in: PROGRAMME_ROLES } },
      });
      if (removed.count) {
        await tx.user.update({ where: { id: person.userId }, data: { sessionVersion: { increment: 1 } } });
        await revokeCalendarFeeds(tx, person.userId);
        categories.push("роли наставника и наставляемого в приложении");
      }
      details.rolesRemoved = roles.filter((role) => PROGRAMME_ROLES.includes(role));
    } else if (person.userId) {
      await tx.membership.deleteMany({ where: { userId: person.userId, schoolId } });
      const elsewhere = await tx.membership.count({ where: { userId: person.userId } });
      // A user who still works in another school keeps the account there; their sessions end either way.
      await revokeCalendarFeeds(tx, person.userId);
      await tx.user.update({
        where: { id: person.userId },
        data:
          elsewhere > 0
            ? { sessionVersion: { increment: 1 } }
            : {
                isActive: false,
                sessionVersion: { increment: 1 },
                displayName: ANONYMISED_NAME,
                email: null,
                emailConfirmedAt: null,
                login: `anonymised-${person.userId}`,
              },
      });
      categories.push("учётная запись в приложении");
    }

    const last = await tx.destructionAct.findFirst({
      where: { schoolId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    const withdrawnAt = Math.max(...mentoring.map((c) => c.withdrawnAt?.getTime() ?? 0));
    const reason = `Отзыв согласия на обработку персональных данных ${formatInstant(new Date(withdrawnAt), person.school.timeZone, "short")}; истёк срок хранения после отзыва`;
    await tx.destructionAct.create({
      data: { schoolId, number, personId: person.id, dataCategories: categories, reason, performedAt: now },
    });
    await recordAudit(
      tx,
      { schoolId, userId: null },
      {
        action: "person.anonymise",
        entityType: "Person",
        entityId: person.id,
        details: { actNumber: number, dataCategories: categories, ...details },
      },
    );
    // The stored files to delete after commit: consent scans and achievement evidence.
    return {
      outcome: "done" as const,
      schoolId,
      personId: person.id,
      actNumber: number,
      scanKeys: [...scanKeys, ...pairWork.fileKeys],
    };
  });
}
