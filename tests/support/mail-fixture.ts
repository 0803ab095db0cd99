import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { newMailToken } from "@/lib/mail/mail-token";
import { queueNotificationEmails } from "@/lib/mail/queue-notification-emails";

/** Gives a user an address (confirmed or not) and, when `kinds` is given, e-mail preferences. */
export async function giveMail(
  db: PrismaClient,
  userId: string,
  options: { email: string; confirmed: boolean; kinds?: NotificationKind[]; digest?: boolean },
) {
  await db.user.update({
    where: { id: userId },
    data: { email: options.email, emailConfirmedAt: options.confirmed ? new Date() : null },
  });
  if (options.kinds) {
    await db.notificationSetting.create({
      data: { userId, emailKinds: options.kinds, digest: options.digest ?? false, unsubscribeToken: newMailToken() },
    });
  }
}

/** An event's notifications written the way notify() writes them, with their mail queued in the same transaction. */
export async function notifyForTest(
  db: PrismaClient,
  event: { schoolId: string; kind: NotificationKind; userIds: string[]; href: string; dedupeKey?: string; createdAt?: Date },
) {
  return db.$transaction(async (tx) => {
    const created = await tx.notification.createManyAndReturn({
      data: event.userIds.map((userId) => ({
        schoolId: event.schoolId,
        userId,
        kind: event.kind,
        title: "Заголовок для приложения",
        href: event.href,
        dedupeKey: event.dedupeKey ?? `${event.kind}:${event.href}`,
        createdAt: event.createdAt,
      })),
      select: { id: true, userId: true, schoolId: true, kind: true, href: true },
    });
    return { created, queued: await queueNotificationEmails(tx, created) };
  });
}
