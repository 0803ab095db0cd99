import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

/** Appends to the audit log inside the caller's transaction, so the change and its record land together. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  entry: { action: string; entityType: string; entityId: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEntry.create({ data: { schoolId: viewer.schoolId, userId: viewer.userId, ...entry } });
}
