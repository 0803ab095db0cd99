import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FoundInvitation } from "./find-invitation";
import { grantSchoolRoles } from "./grant-school-roles";
import { MAX_PARENT_ACCOUNTS, parentCapReachedOnSignUp, workingParentLinks } from "./parent-accounts";

export const alreadyLinked = "Этот ученик уже привязан к вашему аккаунту.";

/**
 * A parent's code used with the account the parent already has (a second child, or a mentor who is also a parent):
 * the child is linked to the parent's card in the school — made from their card in another school if there is none
 * here — and no second account is created. The cap of working parent accounts per child still holds.
 */
export async function linkParentAccount(
  tx: Prisma.TransactionClient,
  invitation: FoundInvitation,
  userId: string,
): Promise<string> {
  const schoolId = invitation.schoolId;
  const childId = invitation.personId;
  const working = await tx.parentChild.count({ where: workingParentLinks(schoolId, childId) });
  if (working >= MAX_PARENT_ACCOUNTS) throw new AppError("CONFLICT", parentCapReachedOnSignUp);

  let parent = await tx.person.findFirst({ where: { schoolId, userId }, select: { id: true } });
  if (!parent) {
    const elsewhere = await tx.person.findFirst({
      where: { userId, anonymisedAt: null },
      orderBy: { createdAt: "asc" },
      select: { lastName: true, firstName: true, middleName: true },
    });
    if (!elsewhere)
      throw new AppError("CONFLICT", "К этому аккаунту нельзя привязать ребёнка. Создайте аккаунт родителя по коду.");
    parent = await tx.person.create({ data: { schoolId, userId, ...elsewhere }, select: { id: true } });
  }
  if (parent.id === childId) throw new AppError("CONFLICT", "Код для родителя нельзя привязать к аккаунту самого ученика.");
  const existing = await tx.parentChild.findFirst({ where: { schoolId, parentId: parent.id, childId }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", alreadyLinked);
  await tx.parentChild.create({ data: { schoolId, parentId: parent.id, childId } });
  await grantSchoolRoles(tx, userId, schoolId, ["PARENT"]);
  return userId;
}
