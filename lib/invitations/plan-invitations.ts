import { AppError } from "@/lib/errors";
import type { InvitationRole } from "@/lib/generated/prisma/enums";
import { hasParentAccount } from "./parent-accounts";

/** What a code will do when used: make the pupil's account, set a new password on it, or make a parent's account. */
export type InvitationPurpose = "sign-up" | "password-reset" | "parent";

export interface PupilForIssue {
  grade: number;
  classLetter: string;
  person: {
    id: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    userId: string | null;
    parents: { parent: { userId: string | null } }[];
  };
}

/** How many pupils a class-wide issue left out, and why. */
export interface SkippedPupils {
  withAccount: number;
  withParentAccount: number;
}

export const needsResetConfirmation =
  "У ученика уже есть аккаунт: новый код задаст ему новый пароль. Подтвердите выдачу кнопкой «Выдать новый код».";

/**
 * Decides which codes an issue makes. A class-wide issue never touches an existing account: pupils who have one get
 * no pupil code, and pupils who already have a parent with an account get no parent code. One pupil's code
 * for an existing account is a password reset and needs the explicit confirmation.
 */
export function planInvitations(
  pupils: PupilForIssue[],
  roles: InvitationRole[],
  scope: { classWide: boolean; resetPassword: boolean },
) {
  const skipped: SkippedPupils = { withAccount: 0, withParentAccount: 0 };
  const planned: { pupil: PupilForIssue; role: InvitationRole; purpose: InvitationPurpose }[] = [];
  for (const pupil of pupils) {
    for (const role of roles) {
      if (role === "PARENT") {
        if (scope.classWide && hasParentAccount(pupil.person.parents)) skipped.withParentAccount += 1;
        else planned.push({ pupil, role, purpose: "parent" });
      } else if (!pupil.person.userId) {
        planned.push({ pupil, role, purpose: "sign-up" });
      } else if (scope.classWide) {
        skipped.withAccount += 1;
      } else if (!scope.resetPassword) {
        throw new AppError("CONFLICT", needsResetConfirmation);
      } else {
        planned.push({ pupil, role, purpose: "password-reset" });
      }
    }
  }
  return { planned, skipped };
}

function pupilsCount(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? "ученик" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "ученика" : "учеников";
  return `${n} ${word}`;
}

/** «Не выданы коды: 3 ученика — у них уже есть аккаунт; …», or null when nobody was left out. */
export function skippedSummary(skipped: SkippedPupils): string | null {
  const reasons = [
    skipped.withAccount
      ? `${pupilsCount(skipped.withAccount)} — уже есть аккаунт ученика (новый пароль: кнопка «Выдать новый код» в списке учеников)`
      : "",
    skipped.withParentAccount
      ? `${pupilsCount(skipped.withParentAccount)} — уже есть аккаунт родителя (второму родителю: кнопка «Код для родителя»)`
      : "",
  ].filter(Boolean);
  return reasons.length ? `Не выданы коды: ${reasons.join("; ")}.` : null;
}
