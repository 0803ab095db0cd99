import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimedMail } from "./claim-due-mail";
import { retryDelayMs } from "./retry-delay";

/** Why sending failed, short and without the message body (SMTP replies name the address at most). */
function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

/**
 * Marks a claimed mail as sent, or counts the failed attempt with its error and the time of the next one
 * (exponential backoff); either way the run's lock is released.
 */
export async function recordDelivery(
  db: PrismaClient,
  mail: ClaimedMail,
  outcome: { ok: true } | { ok: false; error: unknown },
  now: Date,
): Promise<void> {
  if (outcome.ok) {
    await db.emailOutbox.updateMany({
      where: { id: mail.id, sentAt: null },
      data: { sentAt: new Date(), lockedUntil: null, lastError: null },
    });
    return;
  }
  const attempts = mail.attempts + 1;
  await db.emailOutbox.updateMany({
    where: { id: mail.id, sentAt: null },
    data: {
      attempts,
      lastError: describeFailure(outcome.error),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      lockedUntil: null,
    },
  });
}
