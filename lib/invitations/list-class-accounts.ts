import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { sortClasses } from "@/lib/format/class-order";
import { assertCan } from "@/lib/permissions";
import { classKey } from "./class-key";

/** «5А», «5Б», «7А»… — the classes that have enrolled pupils, in order. */
export async function listSchoolClasses(viewer: Viewer): Promise<string[]> {
  assertCan(viewer, "invitation:manage");
  const groups = await db.pupil.groupBy({
    by: ["grade", "classLetter"],
    where: { schoolId: viewer.schoolId, status: "ENROLLED" },
    orderBy: [{ grade: "asc" }, { classLetter: "asc" }],
  });
  return sortClasses(groups).map(classKey);
}

/** A class's pupils with their own account, their parents' accounts and their codes still waiting to be used. */
export async function listClassAccounts(viewer: Viewer, schoolClass: { grade: number; classLetter: string }, now = new Date()) {
  assertCan(viewer, "invitation:manage");
  const pupils = await db.pupil.findMany({
    where: { schoolId: viewer.schoolId, status: "ENROLLED", ...schoolClass },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    select: {
      person: {
        select: {
          id: true,
          lastName: true,
          firstName: true,
          middleName: true,
          user: {
            select: {
              id: true,
              login: true,
              isActive: true,
              memberships: { where: { schoolId: viewer.schoolId, deactivatedAt: null }, select: { id: true } },
            },
          },
          parents: {
            where: { schoolId: viewer.schoolId },
            select: {
              parent: {
                select: {
                  id: true,
                  lastName: true,
                  firstName: true,
                  middleName: true,
                  user: {
                    select: {
                      id: true,
                      isActive: true,
                      memberships: { where: { schoolId: viewer.schoolId, deactivatedAt: null }, select: { id: true } },
                    },
                  },
                },
              },
            },
          },
          invitations: {
            where: { schoolId: viewer.schoolId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
            select: { role: true, expiresAt: true },
          },
        },
      },
    },
  });
  await recordReads(
    viewer,
    pupils.map((p) => p.person.id),
    `Приглашения, ${classKey(schoolClass)} класс`,
  );
  return pupils.map(({ person }) => ({
    id: person.id,
    name: { lastName: person.lastName, firstName: person.firstName, middleName: person.middleName },
    account: accountHere(person.user),
    parents: person.parents.map(({ parent }) => ({
      id: parent.id,
      name: { lastName: parent.lastName, firstName: parent.firstName, middleName: parent.middleName },
      account: accountHere(parent.user),
    })),
    pendingCodes: person.invitations,
  }));
}

/** An account works in this school when it has a membership here that the school has not switched off. */
function accountHere<A extends { isActive: boolean; memberships: unknown[] }>(user: A | null) {
  if (!user) return null;
  const { memberships, ...account } = user;
  return { ...account, isActive: user.isActive && memberships.length > 0 };
}

export type ClassAccount = Awaited<ReturnType<typeof listClassAccounts>>[number];
