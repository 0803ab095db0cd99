import { countAttempt, markAttemptSucceeded, type CountedAttempt } from "@/lib/auth/count-attempt";
import { LOGIN_WINDOW_MS } from "@/lib/auth/rate-limit";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Wrong codes one address may try within the sign-in window before it has to wait. */
export const MAX_CODE_FAILURES_PER_IP = 10;

export const inviteIpKey = (ip: string) => `invite-ip:${ip}`;

/**
 * Counts a typed code against the address and tells whether the address was already blocked, in one atomic step
 * (lib/auth/count-attempt.ts): the code counts as wrong until inviteCodeWorked says otherwise.
 */
export function startInviteAttempt(db: PrismaClient, ip: string, now = new Date()): Promise<CountedAttempt> {
  return countAttempt(db, [{ key: inviteIpKey(ip), max: MAX_CODE_FAILURES_PER_IP }], LOGIN_WINDOW_MS, now);
}

/** The code exists and works: it does not count against the address. */
export function inviteCodeWorked(db: PrismaClient, attempt: CountedAttempt): Promise<void> {
  return markAttemptSucceeded(db, attempt);
}

/** A completed sign-up, kept beside the failures for the record. */
export async function recordInviteAttempt(db: PrismaClient, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { key: inviteIpKey(ip), succeeded } });
}

export const TOO_MANY_ATTEMPTS = "Слишком много попыток ввести код. Подождите 15 минут и попробуйте снова.";
