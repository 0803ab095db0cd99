import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { describeAuditEntry } from "./audit-labels";

export const auditPageSize = 50;

/** The log of one person's record (reads and changes), newest first, 50 a page. Read-only: nothing here writes. */
export async function listPersonAudit(viewer: Viewer, personId: string, page = 1) {
  assertCan(viewer, "audit:read");
  const person = await db.person.findFirst({ where: { id: personId, schoolId: viewer.schoolId }, select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND");
  const where = { schoolId: viewer.schoolId, entityType: "Person", entityId: personId };
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * auditPageSize,
    take: auditPageSize,
    select: { id: true, userId: true, action: true, details: true, createdAt: true },
  });
  const userIds = [...new Set(entries.flatMap((e) => (e.userId ? [e.userId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return {
    total,
    page: current,
    pageCount,
    entries: entries.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      action: e.action,
      who: e.userId ? (names.get(e.userId) ?? "Удалённая учётная запись") : "Система",
      what: describeAuditEntry(e),
    })),
  };
}
