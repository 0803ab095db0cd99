import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writes, in one insert inside the caller's transaction, one entry per pupil or parent concerned, as "Person" entries,
 * so each child's «Журнал доступа» shows codes issued, codes used and accounts switched off.
 * Details carry ids and kinds only — never names, logins or codes.
 */
export async function recordPersonAudit(
  tx: Prisma.TransactionClient,
  actor: { schoolId: string; userId: string | null },
  action: string,
  entries: { personId: string; details: Prisma.InputJsonValue }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEntry.createMany({
    data: entries.map((entry) => ({
      schoolId: actor.schoolId,
      userId: actor.userId,
      action,
      entityType: "Person",
      entityId: entry.personId,
      details: entry.details,
    })),
  });
}
