import "server-only";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SignUpKind } from "./invitation-schema";
import { invitationMessages, signUpKind, type FoundInvitation } from "./find-invitation";
import { MAX_PARENT_ACCOUNTS, parentCapReachedOnSignUp, workingParentLinks } from "./parent-accounts";
import { recordPersonAudit } from "./record-person-audit";

type Tx = Prisma.TransactionClient;

export interface AccountDetails {
  login?: string;
  passwordHash: string;
  parent?: { lastName: string; firstName: string; middleName: string };
}

export const loginTaken = () => new AppError("INVALID", "Этот логин уже занят. Придумайте другой.", { login: ["Этот логин уже занят"] });

const redeemedLabels: Record<SignUpKind, string> = {
  mentee: "создан аккаунт ученика",
  "password-reset": "пароль ученика изменён по коду",
  parent: "создан аккаунт родителя",
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
    select: { userId: true, user: { select: { isActive: true, createdAt: true, updatedAt: true } } },
  });
  const kind = signUpKind({ role: invitation.role, createdAt: invitation.createdAt, person });
  // The form was filled in for `expected`; an account created or switched off since then voids the code.
  if (!kind || kind !== expected) throw new AppError("CONFLICT", invitationMessages.invalid);

  const userId =
    kind === "parent"
      ? await createParent(tx, invitation, details)
      : kind === "password-reset"
        ? await resetPupilPassword(tx, invitation, person.userId!, details.passwordHash)
        : await createPupil(tx, invitation, details, now);

  await tx.invitation.update({ where: { id: invitation.id }, data: { usedById: userId } });
  await recordPersonAudit(tx, { schoolId: invitation.schoolId, userId }, "invitation.redeem", [
    { personId: invitation.personId, details: { what: redeemedLabels[kind], invitationId: invitation.id, role: invitation.role, kind, userId } },
  ]);
  return { userId, kind };
}

async function createUser(tx: Tx, login: string | undefined, displayName: string, passwordHash: string): Promise<string> {
  if (!login) throw new AppError("INVALID", "Введите логин.", { login: ["Введите логин"] });
  if (await tx.user.findUnique({ where: { login }, select: { id: true } })) throw loginTaken();
  const user = await tx.user.create({ data: { login, displayName, passwordHash }, select: { id: true } });
  return user.id;
}

async function createPupil(tx: Tx, invitation: FoundInvitation, details: AccountDetails, now: Date): Promise<string> {
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
 * and the account back on (signUpKind has already refused a code older than the switching off).
 */
async function resetPupilPassword(tx: Tx, invitation: FoundInvitation, userId: string, passwordHash: string): Promise<string> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, isActive: true, sessionVersion: { increment: 1 } } });
  await tx.membership.upsert({
    where: { userId_schoolId_role: { userId, schoolId: invitation.schoolId, role: "MENTEE" } },
    create: { userId, schoolId: invitation.schoolId, role: "MENTEE" },
    update: {},
  });
  return userId;
}

async function createParent(tx: Tx, invitation: FoundInvitation, details: AccountDetails): Promise<string> {
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

/** A login taken between the check and the insert still gets the friendly message. */
export function isLoginConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes("login");
}
