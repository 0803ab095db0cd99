import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { classKey } from "./class-key";
import { hashInvitationCode, isWellFormedCode, normaliseInvitationCode } from "./invitation-code";
import type { SignUpKind } from "./invitation-schema";

/** A code that exists but cannot be used gets one message, whatever the reason: a slip's holder learns no more. */
export const invitationMessages = {
  unknown: "Код не найден. Проверьте, правильно ли он введён, или попросите новый код у куратора.",
  invalid: "Код недействителен: он уже использован, отменён или истёк. Попросите новый у куратора.",
} as const;

export type InvitationProblem = keyof typeof invitationMessages;

const invitationSelect = {
  id: true,
  schoolId: true,
  personId: true,
  role: true,
  roles: true,
  expiresAt: true,
  usedAt: true,
  revokedAt: true,
  createdAt: true,
  person: {
    select: {
      userId: true,
      user: {
        select: { isActive: true, createdAt: true, memberships: { select: { schoolId: true, role: true, deactivatedAt: true } } },
      },
      firstName: true,
      lastName: true,
      middleName: true,
      anonymisedAt: true,
      pupil: { select: { grade: true, classLetter: true, status: true } },
      staff: { select: { position: true, leftAt: true } },
      mentor: { select: { status: true } },
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
  const invitation = await db.invitation.findUnique({
    where: { codeHash: hashInvitationCode(normalised) },
    select: invitationSelect,
  });
  if (!invitation || !isStillInSchool(invitation)) return { ok: false, problem: "unknown" };
  if (invitation.usedAt || invitation.revokedAt || invitation.expiresAt <= now) return { ok: false, problem: "invalid" };
  const kind = signUpKind(invitation);
  return kind ? { ok: true, invitation, kind } : { ok: false, problem: "invalid" };
}

/** A pupil still enrolled, a member of staff who has not left, a mentor still in the base; never an anonymised person. */
function isStillInSchool({ role, person }: FoundInvitation): boolean {
  if (person.anonymisedAt) return false;
  if (role === "STAFF") return Boolean(person.staff && !person.staff.leftAt);
  if (role === "MENTOR") return Boolean(person.mentor && person.mentor.status !== "DECLINED");
  return person.pupil?.status === "ENROLLED";
}

/**
 * What a code does. A pupil's code resets the password only if the account already existed when the code was issued
 * (class-wide issues skip such pupils, so only the confirmed per-pupil «Выдать новый код» makes one): a sign-up code
 * whose pupil got an account meanwhile is void. A switched-off account is turned back on only by a code issued after
 * its last change (the switching off), so a code printed before the deactivation cannot revive it.
 */
export function signUpKind(invitation: {
  role: FoundInvitation["role"];
  schoolId: string;
  createdAt: Date;
  person: {
    userId: string | null;
    user: {
      isActive: boolean;
      createdAt: Date;
      memberships: { schoolId: string; role: string; deactivatedAt: Date | null }[];
    } | null;
  };
}): SignUpKind | null {
  if (invitation.role === "PARENT") return "parent";
  // A staff or mentor code makes (or links) the person's first account; once the card has one, the code is void.
  if (invitation.role === "STAFF" || invitation.role === "MENTOR") return invitation.person.userId ? null : "account";
  const user = invitation.person.user;
  if (!invitation.person.userId || !user) return "mentee";
  if (user.createdAt >= invitation.createdAt || !user.isActive) return null;
  const switchedOff = user.memberships.find((m) => m.schoolId === invitation.schoolId && m.role === "MENTEE")?.deactivatedAt;
  if (switchedOff && switchedOff >= invitation.createdAt) return null;
  return "password-reset";
}

/** The little a public page may show about whom a code is for: first name and class, or the roles of a staff code. */
export function invitationSubject(invitation: FoundInvitation) {
  return {
    role: invitation.role,
    roles: invitation.roles,
    firstName: invitation.person.firstName,
    className: invitation.person.pupil ? classKey(invitation.person.pupil) : "",
  };
}
