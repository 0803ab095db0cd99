import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One entry per pupil or parent concerned, as "Person" entries, so each child's «Журнал доступа» shows codes issued,
 * codes used and accounts switched off. Details carry ids and kinds only — never names, logins or codes.
 */
export function recordPersonAudit(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  action: string,
  entries: { personId: string; details: Prisma.InputJsonValue }[],
): Promise<void> {
  return recordAudit(
    tx,
    actor,
    entries.map((entry) => ({ action, entityType: "Person", entityId: entry.personId, details: entry.details })),
  );
}
