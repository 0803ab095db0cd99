import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/end-session";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Long enough for the applicant to read the reason by their status link. */
export const PUBLIC_DECLINED_KEPT_DAYS = 90;

/**
 * Deletes what has no use after a while: old sign-in attempts, expired ended sessions, old job runs and sent mail, and
 * the declined applications of signed-out applicants (a name and a text about someone the school did not take).
 */
export async function pruneOldRecords(db: PrismaClient, now: Date): Promise<string> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const [attempts, sessions, runs, mail, notices, links, applications] = await db.$transaction([
    db.loginAttempt.deleteMany({ where: { createdAt: { lt: before(30 * DAY_MS) } } }),
    db.endedSession.deleteMany({ where: { endedAt: { lt: before(SESSION_MAX_AGE_SECONDS * 1000 + DAY_MS) } } }),
    db.jobRun.deleteMany({ where: { startedAt: { lt: before(90 * DAY_MS) } } }),
    db.emailOutbox.deleteMany({
      where: { OR: [{ sentAt: { lt: before(30 * DAY_MS) } }, { sentAt: null, createdAt: { lt: before(30 * DAY_MS) } }] },
    }),
    db.notification.deleteMany({ where: { readAt: { lt: before(365 * DAY_MS) } } }),
    db.emailConfirmation.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.programmeApplication.deleteMany({
      where: { personId: null, status: "DECLINED", decidedAt: { lt: before(PUBLIC_DECLINED_KEPT_DAYS * DAY_MS) } },
    }),
  ]);
  return `удалено: попыток входа ${attempts.count}, завершённых сеансов ${sessions.count}, запусков задач ${runs.count}, писем старше 30 дней ${mail.count}, прочитанных уведомлений ${notices.count}, просроченных ссылок подтверждения ${links.count}, отклонённых заявок без учётной записи ${applications.count}`;
}
