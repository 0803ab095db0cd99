import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";

/** At most this many people per list; the name filter narrows a longer one. */
export const INVITABLE_CAP = 100;

const select = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  staff: { select: { position: true } },
  mentor: { select: { category: true, status: true, partner: { select: { name: true } } } },
} satisfies Prisma.PersonSelect;

/**
 * People of the school who could get an account and have none: staff from the roster (for the admin) and mentors of the
 * base who are not staff (for the admin and the curator), with whether a code is waiting for them. Each list is one
 * query, capped; `q` filters by last or first name.
 */
export async function listInvitablePeople(viewer: Viewer, q?: string, now = new Date()) {
  const schoolId = viewer.schoolId;
  const name: Prisma.PersonWhereInput = q
    ? { OR: [{ lastName: { contains: q, mode: "insensitive" } }, { firstName: { contains: q, mode: "insensitive" } }] }
    : {};
  const base = { schoolId, userId: null, anonymisedAt: null, ...name };
  const withCodes = {
    ...select,
    invitations: {
      where: { schoolId, role: { in: ["STAFF", "MENTOR"] }, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { expiresAt: true },
      take: 1,
    },
  } satisfies Prisma.PersonSelect;
  const orderBy = [{ lastName: "asc" as const }, { firstName: "asc" as const }, { id: "asc" as const }];
  const [staff, mentors] = await Promise.all([
    can(viewer, "account:invite-staff")
      ? db.person.findMany({
          where: { ...base, staff: { is: { schoolId, leftAt: null } } },
          select: withCodes,
          orderBy,
          take: INVITABLE_CAP + 1,
        })
      : [],
    can(viewer, "account:invite-mentor")
      ? db.person.findMany({
          where: { ...base, staff: { is: null }, pupil: { is: null }, mentor: { is: { schoolId, status: { not: "DECLINED" } } } },
          select: withCodes,
          orderBy,
          take: INVITABLE_CAP + 1,
        })
      : [],
  ]);
  const shape = (rows: typeof staff) => ({
    rows: rows
      .slice(0, INVITABLE_CAP)
      .map(({ invitations, ...person }) => ({ ...person, codeWaitingUntil: invitations[0]?.expiresAt ?? null })),
    capped: rows.length > INVITABLE_CAP,
  });
  return { staff: shape(staff), mentors: shape(mentors) };
}

export type InvitablePerson = Awaited<ReturnType<typeof listInvitablePeople>>["staff"]["rows"][number];
