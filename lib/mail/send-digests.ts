import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { digestDueAt } from "./digest-due-at";
import { mailConfig } from "./mail-config";
import { mailLinks } from "./mail-links";
import { notificationKindLabels } from "./notification-kind-labels";
import { renderMail } from "./render-mail";

const DAY_MS = 24 * 60 * 60_000;
const kindOrder = Object.keys(notificationKindLabels);

/**
 * The daily digest (run it every few minutes): for each user who chose it and has a confirmed address, once their
 * 07:00 has come (digestDueAt), one mail counting the notifications of their chosen kinds since the last digest —
 * kinds and numbers only, no names. lastDigestAt moves in the same transaction as the outbox row, and only from the
 * value this run read, so a rerun or a parallel run sends nothing twice. A day with nothing new sends no mail.
 */
export async function sendDigests(db: PrismaClient, now: Date): Promise<{ digests: number }> {
  const config = mailConfig();
  if (!config) return { digests: 0 };
  const candidates = await db.notificationSetting.findMany({
    where: {
      digest: true,
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: new Date(now.getTime() - DAY_MS / 2) } }],
      user: { isActive: true, email: { not: null }, emailConfirmedAt: { not: null } },
    },
    select: {
      userId: true,
      emailKinds: true,
      lastDigestAt: true,
      unsubscribeToken: true,
      user: {
        select: {
          email: true,
          memberships: { where: { deactivatedAt: null }, select: { school: { select: { timeZone: true } } } },
        },
      },
    },
  });
  const due = candidates.filter((c) => {
    const dueAt = digestDueAt(now, [...new Set(c.user.memberships.map((m) => m.school.timeZone))]);
    return dueAt !== null && now >= dueAt && (c.lastDigestAt === null || c.lastDigestAt < dueAt);
  });
  if (due.length === 0) return { digests: 0 };

  const since = (c: (typeof due)[number]) => c.lastDigestAt ?? new Date(now.getTime() - DAY_MS);
  const counts = await db.notification.groupBy({
    by: ["userId", "kind"],
    where: { OR: due.map((c) => ({ userId: c.userId, kind: { in: c.emailKinds }, createdAt: { gt: since(c), lte: now } })) },
    _count: { _all: true },
  });
  const links = mailLinks(config.appUrl);
  let digests = 0;
  for (const setting of due) {
    const lines = counts
      .filter((c) => c.userId === setting.userId)
      .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
      .map((c) => `— ${notificationKindLabels[c.kind as NotificationKind]}: ${c._count._all}`);
    const sent = await db.$transaction(async (tx) => {
      const taken = await tx.notificationSetting.updateMany({
        where: { userId: setting.userId, digest: true, lastDigestAt: setting.lastDigestAt },
        data: { lastDigestAt: now },
      });
      if (taken.count === 0 || lines.length === 0) return false;
      const unsubscribeUrl = links.unsubscribe(setting.unsubscribeToken);
      const mail = renderMail({
        subject: "«Наставник»: сводка уведомлений за день",
        paragraphs: [
          "С прошлой сводки в «Наставнике» появились уведомления:",
          lines.join("\n"),
          "Подробности — в «Наставнике» после входа.",
        ],
        action: { label: "Открыть уведомления", url: links.notifications() },
        footer: { settingsUrl: links.settings(), unsubscribeUrl },
      });
      await tx.emailOutbox.create({
        data: { userId: setting.userId, toAddress: setting.user.email!, listUnsubscribe: unsubscribeUrl, ...mail },
      });
      return true;
    });
    if (sent) digests += 1;
  }
  return { digests };
}
