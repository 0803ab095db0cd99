import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { queueNotificationEmails } from "@/lib/mail/queue-notification-emails";

export interface NotificationEvent {
  kind: NotificationKind;
  schoolId: string;
  /** One per recipient: each text is written for the person who reads it. */
  recipients: {
    userId: string;
    title: string;
    href: string;
    /** When one event tells one user several things. */ dedupeKey?: string;
  }[];
  /** Names the event; the same key for the same user never makes a second notification. */
  dedupeKey: string;
}

/**
 * Notifies users inside the caller's transaction, so a notice (and its e-mail in the outbox, for those who chose it)
 * exists exactly when its event does.
 * Returns the notifications that are new (a rerun of a scan finds them already there).
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent) {
  if (event.recipients.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: event.recipients.map((recipient) => ({
      schoolId: event.schoolId,
      userId: recipient.userId,
      kind: event.kind,
      title: recipient.title.slice(0, 300),
      href: safeHref(recipient.href),
      dedupeKey: recipient.dedupeKey ?? event.dedupeKey,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, schoolId: true, kind: true, href: true },
  });
  await queueNotificationEmails(tx, created);
  return created;
}

/** Only paths inside the app: a notification never sends anyone elsewhere. */
export function safeHref(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") && !href.includes("\\") ? href : "/";
}
