import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import { describeAuditEntry } from "./audit-labels";

export const auditPageSize = 50;

/**
 * The log of one person's record (reads and changes), newest first, 50 a page. Read-only: nothing here writes.
 * Changes are recorded against the row they touch, so the log takes the person's own entries and those of their
 * mentor profile, mentee profile and every pair or group they are or were in, on either side.
 */
export async function listPersonAudit(viewer: Viewer, personId: string, page = 1) {
  assertCan(viewer, "audit:read");
  const person = await db.person.findFirst({
    where: { id: personId, schoolId: viewer.schoolId },
    select: {
      id: true,
      mentor: { select: { id: true, mentorships: { where: { schoolId: viewer.schoolId }, select: { id: true } } } },
      mentee: { select: { id: true, mentorships: { where: { schoolId: viewer.schoolId }, select: { mentorshipId: true } } } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND");
  const records: Prisma.AuditEntryWhereInput[] = [{ entityType: "Person", entityId: person.id }];
  if (person.mentor) records.push({ entityType: "MentorProfile", entityId: person.mentor.id });
  if (person.mentee) records.push({ entityType: "MenteeProfile", entityId: person.mentee.id });
  const mentorshipIds = [
    ...new Set([
      ...(person.mentor?.mentorships.map((m) => m.id) ?? []),
      ...(person.mentee?.mentorships.map((m) => m.mentorshipId) ?? []),
    ]),
  ];
  if (mentorshipIds.length) records.push({ entityType: "Mentorship", entityId: { in: mentorshipIds } });
  const where: Prisma.AuditEntryWhereInput = { schoolId: viewer.schoolId, OR: records };

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
