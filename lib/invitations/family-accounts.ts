import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Accounts a curator may switch off: a pupil of the school or a parent of one, and nothing more —
 * an account that also holds a staff role anywhere is left to the administrator.
 */
export function familyAccountsOfSchool(schoolId: string): Prisma.UserWhereInput {
  return {
    memberships: { none: { role: { notIn: ["MENTEE", "PARENT"] } } },
    people: {
      some: {
        schoolId,
        OR: [{ pupil: { isNot: null } }, { children: { some: { child: { schoolId, pupil: { isNot: null } } } } }],
      },
    },
  };
}
