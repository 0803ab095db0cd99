import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LOGIN_WINDOW_MS } from "@/lib/auth/rate-limit";

/** Wrong codes one address may try within the sign-in window before it has to wait. */
export const MAX_CODE_FAILURES_PER_IP = 10;

export const inviteIpKey = (ip: string) => `invite-ip:${ip}`;

/** Counted in the database, like sign-in attempts, so the limit holds across app instances. */
export async function isInviteBlocked(db: PrismaClient, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const failures = await db.loginAttempt.count({ where: { key: inviteIpKey(ip), succeeded: false, createdAt: { gte: since } } });
  return failures >= MAX_CODE_FAILURES_PER_IP;
}

export async function recordInviteAttempt(db: PrismaClient, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { key: inviteIpKey(ip), succeeded } });
}

export const TOO_MANY_ATTEMPTS = "Слишком много попыток ввести код. Подождите 15 минут и попробуйте снова.";
