import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countAttempt, type CountedAttempt } from "./count-attempt";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 30;

export const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Counts a sign-in attempt against the account and the address and tells whether either had already failed too
 * often within the window, in one atomic step (lib/auth/count-attempt.ts). Counted in the database so it holds
 * across app instances.
 */
export function startLoginAttempt(db: PrismaClient, login: string, ip: string, now = new Date()): Promise<CountedAttempt> {
  return countAttempt(
    db,
    [
      { key: loginKey(login), max: MAX_FAILURES_PER_LOGIN },
      { key: ipKey(ip), max: MAX_FAILURES_PER_IP },
    ],
    LOGIN_WINDOW_MS,
    now,
  );
}
