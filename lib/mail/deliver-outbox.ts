import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimDueMail, type ClaimedMail } from "./claim-due-mail";
import { mailConfig, type MailConfig } from "./mail-config";
import { mailTransport } from "./mail-transport";
import { recordDelivery } from "./record-delivery";

/** A claimed mail is held this long; far longer than a run may keep sending (RUN_BUDGET_MS + one send's timeouts). */
const LOCK_MS = 15 * 60_000;
/** A run stops taking new mail after this; what it claimed but did not send is released for the next run. */
const RUN_BUDGET_MS = 5 * 60_000;
/** nodemailer's codes for "the server cannot be reached": the rest of the batch would fail the same way. */
const SERVER_DOWN = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED"]);

type Outcome = { ok: true } | { ok: false; error: unknown };

async function send(config: MailConfig, mail: ClaimedMail): Promise<Outcome> {
  try {
    await mailTransport(config.smtpUrl).sendMail({
      from: config.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      ...(mail.listUnsubscribe ? { list: { unsubscribe: mail.listUnsubscribe } } : {}),
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

const serverDown = (outcome: Outcome) =>
  !outcome.ok && SERVER_DOWN.has(String((outcome.error as { code?: unknown } | null)?.code));

/**
 * The delivery job: sends due mail from the outbox through SMTP in batches until none is due. Each mail is claimed
 * by one run only (claimDueMail), marked sent after the server accepted it, or retried later with backoff — so
 * nothing is lost while the server is down and two workers never send the same mail. When the server cannot be
 * reached, the rest of the batch is counted as failed too and the run ends. A crash between the server's acceptance
 * and the mark can send that one mail again after its lock expires (at-least-once: never silently lost).
 */
export async function deliverOutbox(
  db: PrismaClient,
  options: { batchSize?: number; now?: Date } = {},
): Promise<{ sent: number; failed: number }> {
  const config = mailConfig();
  const result = { sent: 0, failed: 0 };
  if (!config) return result;
  const started = Date.now();
  while (Date.now() - started < RUN_BUDGET_MS) {
    const now = options.now ?? new Date();
    const batch = await claimDueMail(db, now, options.batchSize ?? 20, LOCK_MS);
    if (batch.length === 0) return result;
    for (const [index, mail] of batch.entries()) {
      const rest = batch.slice(index + 1);
      const outcome = await send(config, mail);
      await recordDelivery(db, mail, outcome, now);
      result[outcome.ok ? "sent" : "failed"] += 1;
      if (serverDown(outcome)) {
        for (const other of rest) await recordDelivery(db, other, outcome, now);
        result.failed += rest.length;
        return result;
      }
      if (rest.length > 0 && Date.now() - started >= RUN_BUDGET_MS) {
        await db.emailOutbox.updateMany({
          where: { id: { in: rest.map((m) => m.id) }, sentAt: null },
          data: { lockedUntil: null },
        });
        return result;
      }
    }
  }
  return result;
}
