import "server-only";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "./create-user";
import { invitationMessages, type FoundInvitation } from "./find-invitation";
import { grantSchoolRoles } from "./grant-school-roles";

type Tx = Prisma.TransactionClient;

export const cardTaken =
  "У вашего аккаунта уже есть другая карточка в этой школе, и объединить их автоматически нельзя. Обратитесь к администратору школы.";

/** The roles a staff or mentor code gives. */
function invitedRoles(invitation: FoundInvitation): Role[] {
  const roles = invitation.role === "MENTOR" ? (["MENTOR"] as Role[]) : invitation.roles;
  if (roles.length === 0) throw new AppError("CONFLICT", invitationMessages.invalid);
  return roles;
}

/** A staff or mentor code: a new account for the person on the card, with the code's roles in the school. */
export async function createStaffAccount(
  tx: Tx,
  invitation: FoundInvitation,
  login: string | undefined,
  passwordHash: string | undefined,
) {
  const userId = await createUser(tx, login, fullName(invitation.person), passwordHash);
  await linkCard(tx, invitation, userId);
  await grantSchoolRoles(tx, userId, invitation.schoolId, invitedRoles(invitation));
  await voidOtherCodes(tx, invitation);
  return userId;
}

/**
 * A staff or mentor code used with an account the person already has (checked by its password): the roles are added
 * to it. When that account already has a card in the school — a parent who is also an outside mentor — the mentor
 * profile moves onto the existing card, so it stays one person with two roles.
 */
export async function linkStaffAccount(tx: Tx, invitation: FoundInvitation, userId: string) {
  const own = await tx.person.findFirst({
    where: { schoolId: invitation.schoolId, userId },
    select: { id: true, mentor: { select: { id: true } }, staff: { select: { id: true } } },
  });
  if (!own) {
    await linkCard(tx, invitation, userId);
  } else if (invitation.role === "MENTOR" && !own.mentor && !own.staff) {
    const consents = await tx.consent.count({ where: { schoolId: invitation.schoolId, subjectId: invitation.personId } });
    if (consents > 0) throw new AppError("CONFLICT", cardTaken);
    const moved = await tx.mentorProfile.updateMany({
      where: { schoolId: invitation.schoolId, personId: invitation.personId },
      data: { personId: own.id },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", invitationMessages.invalid);
  } else {
    throw new AppError("CONFLICT", cardTaken);
  }
  await grantSchoolRoles(tx, userId, invitation.schoolId, invitedRoles(invitation));
  await voidOtherCodes(tx, invitation);
  return userId;
}

async function linkCard(tx: Tx, invitation: FoundInvitation, userId: string) {
  const linked = await tx.person.updateMany({
    where: { id: invitation.personId, schoolId: invitation.schoolId, userId: null },
    data: { userId },
  });
  if (linked.count !== 1) throw new AppError("CONFLICT", invitationMessages.invalid);
}

/** Other codes printed for the same card stop working once it has an account. */
async function voidOtherCodes(tx: Tx, invitation: FoundInvitation) {
  await tx.invitation.updateMany({
    where: { personId: invitation.personId, role: { in: ["STAFF", "MENTOR"] }, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
