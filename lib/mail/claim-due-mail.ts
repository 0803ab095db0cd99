import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_MAIL_ATTEMPTS } from "./retry-delay";

export interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  listUnsubscribe: string | null;
  attempts: number;
}

// Columns are `timestamp` holding UTC (as Prisma writes them): compare with the instant in UTC, whatever the session's zone.
const utc = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * Takes up to `limit` due, unsent mails for one delivery run in one statement: SKIP LOCKED lets parallel runs
 * (two worker processes) take different rows, and `lockedUntil` keeps a taken row from the others until the run
 * marks it — or, when the run crashed, until the lock expires and another run takes it again.
 */
export async function claimDueMail(db: PrismaClient, now: Date, limit: number, lockMs: number): Promise<ClaimedMail[]> {
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "EmailOutbox" SET "lockedUntil" = ${utc(new Date(now.getTime() + lockMs))}
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "sentAt" IS NULL
        AND "nextAttemptAt" <= ${utc(now)}
        AND "attempts" < ${MAX_MAIL_ATTEMPTS}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${utc(now)})
        -- Only to the address the account still has, while it works: a changed, removed or switched-off address
        -- gets nothing that was queued for it before (such rows go with the housekeeping).
        AND ("userId" IS NULL OR EXISTS (
          SELECT 1 FROM "User" u WHERE u."id" = "EmailOutbox"."userId" AND u."isActive" AND u."email" = "EmailOutbox"."toAddress"
        ))
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "listUnsubscribe", "attempts"`;
}
