import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { classKey } from "./class-key";
import { hashInvitationCode, isWellFormedCode, normaliseInvitationCode } from "./invitation-code";
import type { SignUpKind } from "./invitation-schema";

export const invitationMessages = {
  unknown: "Код не найден. Проверьте, правильно ли он введён, или попросите новый код у куратора.",
  used: "Этот код уже использован. Если нужен новый, обратитесь к куратору программы.",
  revoked: "Этот код больше не действует: куратор выдал новый.",
  expired: "Срок действия кода истёк. Попросите новый код у куратора программы.",
} as const;

export type InvitationProblem = keyof typeof invitationMessages;

const invitationSelect = {
  id: true,
  schoolId: true,
  personId: true,
  role: true,
  expiresAt: true,
  usedAt: true,
  revokedAt: true,
  person: {
    select: {
      userId: true,
      firstName: true,
      lastName: true,
      middleName: true,
      anonymisedAt: true,
      pupil: { select: { grade: true, classLetter: true, status: true } },
    },
  },
} satisfies Prisma.InvitationSelect;

export type FoundInvitation = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

/**
 * Looks a typed code up by its hash. A pupil who has left or whose data were anonymised counts as unknown,
 * so the public page tells a stranger nothing about them.
 */
export async function findInvitation(
  db: PrismaClient,
  typedCode: string,
  now = new Date(),
): Promise<{ ok: true; invitation: FoundInvitation; kind: SignUpKind } | { ok: false; problem: InvitationProblem }> {
  const normalised = normaliseInvitationCode(typedCode);
  if (!isWellFormedCode(normalised)) return { ok: false, problem: "unknown" };
  const invitation = await db.invitation.findUnique({ where: { codeHash: hashInvitationCode(normalised) }, select: invitationSelect });
  const pupil = invitation?.person.pupil;
  if (!invitation || !pupil || pupil.status !== "ENROLLED" || invitation.person.anonymisedAt) return { ok: false, problem: "unknown" };
  if (invitation.usedAt) return { ok: false, problem: "used" };
  if (invitation.revokedAt) return { ok: false, problem: "revoked" };
  if (invitation.expiresAt <= now) return { ok: false, problem: "expired" };
  const kind: SignUpKind = invitation.role === "PARENT" ? "parent" : invitation.person.userId ? "password-reset" : "mentee";
  return { ok: true, invitation, kind };
}

/** The little a public page may show about whom a code is for: first name and class. */
export function invitationSubject(invitation: FoundInvitation) {
  return {
    role: invitation.role,
    firstName: invitation.person.firstName,
    className: invitation.person.pupil ? classKey(invitation.person.pupil) : "",
  };
}
