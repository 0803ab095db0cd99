import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { mailConfig } from "./mail-config";
import { mailLinks } from "./mail-links";
import { notificationKindLabels } from "./notification-kind-labels";
import { notificationMailSentences } from "./notification-mail-texts";
import { renderMail } from "./render-mail";

export interface NotificationForMail {
  id: string;
  userId: string;
  schoolId: string;
  kind: NotificationKind;
  href: string;
}

/**
 * Called by notify() inside the event's transaction: writes one outbox row per notification whose recipient has a
 * confirmed address and chose this kind for immediate mail, so the mail exists exactly when the event does (the
 * delivery job sends it later, also when the mail server was down meanwhile). Nothing when mail is off.
 * The text is generic — the kind's sentence, the school and a link — so no child's data leaves the operator.
 */
export async function queueNotificationEmails(
  tx: Prisma.TransactionClient,
  notifications: NotificationForMail[],
): Promise<number> {
  const config = mailConfig();
  if (!config || notifications.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: {
      id: { in: [...new Set(notifications.map((n) => n.userId))] },
      isActive: true,
      email: { not: null },
      emailConfirmedAt: { not: null },
      notificationSetting: { is: { digest: false } },
    },
    select: { id: true, email: true, notificationSetting: { select: { emailKinds: true, unsubscribeToken: true } } },
  });
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const wanted = notifications.filter((n) => byId.get(n.userId)?.notificationSetting?.emailKinds.includes(n.kind));
  if (wanted.length === 0) return 0;
  const schools = await tx.school.findMany({
    where: { id: { in: [...new Set(wanted.map((n) => n.schoolId))] } },
    select: { id: true, name: true },
  });
  const schoolNames = new Map(schools.map((s) => [s.id, s.name]));
  const links = mailLinks(config.appUrl);

  const { count } = await tx.emailOutbox.createMany({
    data: wanted.map((notification) => {
      const recipient = byId.get(notification.userId)!;
      const unsubscribeUrl = links.unsubscribe(recipient.notificationSetting!.unsubscribeToken);
      const mail = renderMail({
        subject: `«Наставник»: ${notificationKindLabels[notification.kind].toLowerCase()}`,
        paragraphs: [
          notificationMailSentences[notification.kind],
          `Школа: ${schoolNames.get(notification.schoolId) ?? "—"}.`,
          "Подробности — в «Наставнике» после входа.",
        ],
        action: { label: "Открыть в «Наставнике»", url: links.page(notification.href) },
        footer: { settingsUrl: links.settings(), unsubscribeUrl },
      });
      return { userId: recipient.id, toAddress: recipient.email!, listUnsubscribe: unsubscribeUrl, ...mail };
    }),
  });
  return count;
}
