import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditActor {
  schoolId: string;
  /** null for the system (a scheduled job). */
  userId: string | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
}

/**
 * The one audit writer: appends entries (one, or many in a single insert) to the append-only log, inside the caller's
 * transaction so a change and its record land together. Details carry ids and kinds, never names or codes.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  entries: AuditInput | AuditInput[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  // A viewer without a school (coordinator, operator) has schoolId "": their entries belong to no school.
  const schoolId = actor.schoolId || null;
  await tx.auditEntry.createMany({ data: list.map((entry) => ({ schoolId, userId: actor.userId, ...entry })) });
}
