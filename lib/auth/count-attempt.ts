import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface AttemptLimit {
  /** "login:<login>", "ip:<address>", "invite-ip:<address>" */
  key: string;
  /** Failures within the window after which the key is blocked. */
  max: number;
}

export interface CountedAttempt {
  /** True when a key had already failed `max` times within the window before this attempt. */
  blocked: boolean;
  /** The attempt's rows, recorded as failures until markAttemptSucceeded says otherwise. */
  ids: string[];
}

/**
 * Checks the limits and counts the attempt in one step. The attempt is recorded as a failure first, inside a
 * transaction that holds an advisory lock per key, so concurrent attempts on the same key line up: the sixth of
 * twelve simultaneous guesses already sees five failures. Keys are locked in a fixed order, so two attempts that
 * share keys cannot deadlock. Works the same on PGlite (one connection) and PostgreSQL.
 */
export async function countAttempt(
  db: PrismaClient,
  limits: AttemptLimit[],
  windowMs: number,
  now = new Date(),
): Promise<CountedAttempt> {
  const since = new Date(now.getTime() - windowMs);
  const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return db.$transaction(async (tx) => {
    let blocked = false;
    for (const { key, max } of sorted) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      const failures = await tx.loginAttempt.count({ where: { key, succeeded: false, createdAt: { gte: since } } });
      if (failures >= max) blocked = true;
    }
    const rows = await tx.loginAttempt.createManyAndReturn({
      data: sorted.map(({ key }) => ({ key, succeeded: false, createdAt: now })),
      select: { id: true },
    });
    return { blocked, ids: rows.map((row) => row.id) };
  });
}

/** The attempt turned out well (right password, a code that exists): it no longer counts as a failure. */
export async function markAttemptSucceeded(db: PrismaClient, attempt: CountedAttempt): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: { in: attempt.ids } }, data: { succeeded: true } });
}
