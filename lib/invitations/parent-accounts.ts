import type { Prisma } from "@/lib/generated/prisma/client";

/** At most this many working parent accounts per child: a leaked parent slip cannot add parents without end. */
export const MAX_PARENT_ACCOUNTS = 2;

export const parentCapReached =
  "У ученика уже два аккаунта родителей. Чтобы выдать код другому родителю, сначала отключите один из этих аккаунтов.";

export const parentCapReachedOnSignUp =
  "К ученику уже привязаны два аккаунта родителей, ещё один добавить нельзя. Обратитесь к куратору программы.";

/** The child's links to parents whose account works in this school: switched on and with a parent membership here. */
export function workingParentLinks(schoolId: string, childId: string): Prisma.ParentChildWhereInput {
  return {
    schoolId,
    childId,
    parent: { user: { isActive: true, memberships: { some: { schoolId, role: "PARENT", deactivatedAt: null } } } },
  };
}

/** For a class-wide issue: the pupil already has a parent with an account (any, even a switched-off one). */
export const hasParentAccount = (parents: { parent: { userId: string | null } }[]) => parents.some((p) => p.parent.userId);
