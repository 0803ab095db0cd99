import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FoundInvitation } from "./find-invitation";
import { invitationMessages } from "./find-invitation";

type Tx = Prisma.TransactionClient;

export interface AccountDetails {
  login?: string;
  passwordHash: string;
  parent?: { lastName: string; firstName: string; middleName: string };
}

export const loginTaken = () => new AppError("INVALID", "Этот логин уже занят. Придумайте другой.", { login: ["Этот логин уже занят"] });

/**
 * Uses the invitation and sets up the account, all inside the caller's transaction.
 * The code is claimed with a conditional update first, so two simultaneous sign-ups with one code cannot both succeed.
 */
export async function createInvitedAccount(tx: Tx, invitation: FoundInvitation, details: AccountDetails, now: Date): Promise<string> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new AppError("CONFLICT", invitationMessages.used);

  const userId =
    invitation.role === "PARENT"
      ? await createParent(tx, invitation, details)
      : invitation.person.userId
        ? await resetPupilPassword(tx, invitation, invitation.person.userId, details.passwordHash)
        : await createPupil(tx, invitation, details);

  await tx.invitation.update({ where: { id: invitation.id }, data: { usedById: userId } });
  const actor: Viewer = { userId, displayName: "", schoolId: invitation.schoolId, schoolName: "", roles: [invitation.role], schools: [] };
  await recordAudit(tx, actor, {
    action: "invitation.redeem", entityType: "Invitation", entityId: invitation.id, details: { personId: invitation.personId, role: invitation.role },
  });
  return userId;
}

async function createUser(tx: Tx, login: string | undefined, displayName: string, passwordHash: string): Promise<string> {
  if (!login) throw new AppError("INVALID", "Введите логин.", { login: ["Введите логин"] });
  if (await tx.user.findUnique({ where: { login }, select: { id: true } })) throw loginTaken();
  const user = await tx.user.create({ data: { login, displayName, passwordHash }, select: { id: true } });
  return user.id;
}

async function createPupil(tx: Tx, invitation: FoundInvitation, details: AccountDetails): Promise<string> {
  const userId = await createUser(tx, details.login, fullName(invitation.person), details.passwordHash);
  const linked = await tx.person.updateMany({ where: { id: invitation.personId, userId: null }, data: { userId } });
  if (linked.count !== 1) throw new AppError("CONFLICT", "У ученика уже есть аккаунт. Обновите страницу.");
  await tx.membership.create({ data: { userId, schoolId: invitation.schoolId, role: "MENTEE" } });
  return userId;
}

/** A re-issued code for a pupil who already has an account: a new password, the account back on, old sessions ended. */
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
