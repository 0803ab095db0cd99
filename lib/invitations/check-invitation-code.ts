import "server-only";
import { db } from "@/lib/db/client";
import type { AppErrorCode } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findInvitation, invitationMessages, type FoundInvitation } from "./find-invitation";
import type { SignUpKind } from "./invitation-schema";
import { inviteCodeWorked, startInviteAttempt, TOO_MANY_ATTEMPTS } from "./invite-rate-limit";
import { requestIp } from "./request-info";

export type CodeCheck =
  { ok: true; invitation: FoundInvitation; kind: SignUpKind } | { ok: false; code: AppErrorCode; message: string };

/**
 * A typed code as the public page and the sign-up see it: refused while the address is blocked,
 * and every code that does not work counts against the address.
 */
export async function checkInvitationCode(db: PrismaClient, ip: string, typed: string, now = new Date()): Promise<CodeCheck> {
  const attempt = await startInviteAttempt(db, ip, now);
  if (attempt.blocked) return { ok: false, code: "FORBIDDEN", message: TOO_MANY_ATTEMPTS };
  const found = await findInvitation(db, typed, now);
  if (found.ok) {
    await inviteCodeWorked(db, attempt);
    return found;
  }
  return { ok: false, code: found.problem === "unknown" ? "NOT_FOUND" : "CONFLICT", message: invitationMessages[found.problem] };
}

/** The same check for the code of the current request, from the caller's address. */
export async function checkRequestCode(typed: string, now = new Date()): Promise<CodeCheck> {
  return checkInvitationCode(db, await requestIp(), typed, now);
}
