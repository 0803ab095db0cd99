import "server-only";
import { revokeCalendarFeeds } from "@/lib/calendar/revoke-calendar-feeds";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createStaffAccount, linkStaffAccount } from "./attach-staff-account";
import { createUser } from "./create-user";
import { linkableKinds, type SignUpKind } from "./invitation-schema";
import { invitationMessages, signUpKind, type FoundInvitation } from "./find-invitation";
import { linkParentAccount } from "./link-parent-account";
import { MAX_PARENT_ACCOUNTS, parentCapReachedOnSignUp, workingParentLinks } from "./parent-accounts";
import { recordPersonAudit } from "./record-person-audit";
import { assertPupilOnlyAccount } from "./pupil-only-account";

type Tx = Prisma.TransactionClient;

/** A new account's login and password, or the id of the existing account whose password the person just typed. */
export type AccountDetails =
  | { login?: string; passwordHash: string; parent?: { lastName: string; firstName: string; middleName: string } }
  | { existingUserId: string };

const redeemedLabels: Record<SignUpKind, string> = {
  mentee: "создан аккаунт ученика",
  "password-reset": "пароль ученика изменён по коду",
  parent: "создан аккаунт родителя",
  account: "создан аккаунт сотрудника или наставника",
};
const linkedLabels: Partial<Record<SignUpKind, string>> = {
  parent: "ребёнок привязан к существующему аккаунту родителя",
  account: "роль добавлена к существующему аккаунту",
};

/**
 * Uses the invitation and sets up the account, all inside the caller's transaction.
 * The code is claimed with a conditional update first, so two simultaneous sign-ups with one code cannot both succeed;
 * what the code may do is decided again here, against the account as it is now.
 */
export async function createInvitedAccount(
  tx: Tx,
  invitation: FoundInvitation,
  expected: SignUpKind,
  details: AccountDetails,
  now: Date,
): Promise<{ userId: string; kind: SignUpKind }> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new AppError("CONFLICT", invitationMessages.invalid);

  const person = await tx.person.findUniqueOrThrow({
    where: { id: invitation.personId },
    select: {
      userId: true,
      user: {
        select: { isActive: true, createdAt: true, memberships: { select: { schoolId: true, role: true, deactivatedAt: true } } },
      },
    },
  });
  const kind = signUpKind({ role: invitation.role, schoolId: invitation.schoolId, createdAt: invitation.createdAt, person });
  // The form was filled in for `expected`; an account created or switched off since then voids the code.
  if (!kind || kind !== expected) throw new AppError("CONFLICT", invitationMessages.invalid);

  let userId: string;
  const linking = "existingUserId" in details;
  if ("existingUserId" in details) {
    if (!linkableKinds.includes(kind)) throw new AppError("CONFLICT", invitationMessages.invalid);
    userId =
      kind === "parent"
        ? await linkParentAccount(tx, invitation, details.existingUserId)
        : await linkStaffAccount(tx, invitation, details.existingUserId);
  } else if (kind === "parent") {
    userId = await createParent(tx, invitation, details);
  } else if (kind === "password-reset") {
    userId = await resetPupilPassword(tx, invitation, person.userId!, details.passwordHash);
  } else if (kind === "account") {
    userId = await createStaffAccount(tx, invitation, details.login, details.passwordHash);
  } else {
    userId = await createPupil(tx, invitation, details, now);
  }

  await tx.invitation.update({ where: { id: invitation.id }, data: { usedById: userId } });
  const what = (linking ? linkedLabels[kind] : undefined) ?? redeemedLabels[kind];
  await recordPersonAudit(tx, { schoolId: invitation.schoolId, userId }, "invitation.redeem", [
    {
      personId: invitation.personId,
      details: { what, invitationId: invitation.id, role: invitation.role, kind, linked: linking, userId },
    },
  ]);
  return { userId, kind };
}

type NewAccount = Exclude<AccountDetails, { existingUserId: string }>;

async function createPupil(tx: Tx, invitation: FoundInvitation, details: NewAccount, now: Date): Promise<string> {
  const userId = await createUser(tx, details.login, fullName(invitation.person), details.passwordHash);
  const linked = await tx.person.updateMany({ where: { id: invitation.personId, userId: null }, data: { userId } });
  if (linked.count !== 1) throw new AppError("CONFLICT", invitationMessages.invalid);
  await tx.membership.create({ data: { userId, schoolId: invitation.schoolId, role: "MENTEE" } });
  // Any other sign-up code of the pupil's is void from now on.
  await tx.invitation.updateMany({
    where: { personId: invitation.personId, role: "MENTEE", usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return userId;
}

/**
 * A reset code, issued with confirmation for a pupil who already has an account: a new password, old sessions ended,
 * and the pupil's membership in this school back on (signUpKind has already refused a code older than the switching off).
 */
async function resetPupilPassword(tx: Tx, invitation: FoundInvitation, userId: string, passwordHash: string): Promise<string> {
  await assertPupilOnlyAccount(tx, userId, invitation.schoolId);
  await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await revokeCalendarFeeds(tx, userId);
  await tx.membership.upsert({
    where: { userId_schoolId_role: { userId, schoolId: invitation.schoolId, role: "MENTEE" } },
    create: { userId, schoolId: invitation.schoolId, role: "MENTEE" },
    update: { deactivatedAt: null },
  });
  return userId;
}

async function createParent(tx: Tx, invitation: FoundInvitation, details: NewAccount): Promise<string> {
  const name = details.parent;
  if (!name) throw new AppError("INVALID", "Введите фамилию и имя.");
  const schoolId = invitation.schoolId;
  const working = await tx.parentChild.count({ where: workingParentLinks(schoolId, invitation.personId) });
  if (working >= MAX_PARENT_ACCOUNTS) throw new AppError("CONFLICT", parentCapReachedOnSignUp);
  const userId = await createUser(tx, details.login, fullName(name), details.passwordHash);
  const parent = await tx.person.create({
    data: { schoolId, userId, lastName: name.lastName, firstName: name.firstName, middleName: name.middleName || null },
    select: { id: true },
  });
  await tx.parentChild.create({ data: { schoolId, parentId: parent.id, childId: invitation.personId } });
  await tx.membership.create({ data: { userId, schoolId, role: "PARENT" } });
  return userId;
}
