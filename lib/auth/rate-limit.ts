import type { PrismaClient } from "@/lib/generated/prisma/client";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 30;

export const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** True when either the account or the address failed too often within the window. Counted in the database so it holds across app instances. */
export async function isLoginBlocked(db: PrismaClient, login: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const failures = (key: string) => db.loginAttempt.count({ where: { key, succeeded: false, createdAt: { gte: since } } });
  const [byLogin, byIp] = await Promise.all([failures(loginKey(login)), failures(ipKey(ip))]);
  return byLogin >= MAX_FAILURES_PER_LOGIN || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(db: PrismaClient, login: string, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.createMany({
    data: [
      { key: loginKey(login), succeeded },
      { key: ipKey(ip), succeeded },
    ],
  });
}
