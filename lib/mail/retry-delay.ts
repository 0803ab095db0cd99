/** After this many failed attempts a mail is left in the outbox as failed (attempts and lastError show why). */
export const MAX_MAIL_ATTEMPTS = 10;

const MINUTE_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * MINUTE_MS;

/** Exponential backoff after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(MAX_DELAY_MS, MINUTE_MS * 2 ** Math.max(0, failedAttempts - 1));
}
