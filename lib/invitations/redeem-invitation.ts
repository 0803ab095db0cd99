"use server";

import { z } from "zod";
import "@/lib/validation/zod-russian";
import type { ActionResult } from "@/lib/actions/action-result";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createInvitedAccount, isLoginConflict, loginTaken } from "./create-invited-account";
import { checkRequestCode } from "./check-invitation-code";
import { signUpSchemas, type SignUpInput, type SignUpKind } from "./invitation-schema";
import { recordInviteAttempt } from "./invite-rate-limit";
import { requestIp } from "./request-info";

/**
 * The public sign-up with an invitation code: no session, so the code itself is the permission.
 * Wrong codes count against the address; a valid code with a bad form does not.
 * A new account's login is shown back; a password reset shows no login, so a found slip does not reveal it.
 */
export async function redeemInvitation(raw: SignUpInput): Promise<ActionResult<{ kind: SignUpKind; login: string | null }>> {
  try {
    const now = new Date();
    const found = await checkRequestCode(String(raw?.code ?? ""), now);
    if (!found.ok) throw new AppError(found.code, found.message);
    const parsed = signUpSchemas[found.kind].safeParse(raw);
    if (!parsed.success) {
      throw new AppError("INVALID", "Проверьте поля формы.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const values = parsed.data as z.output<(typeof signUpSchemas)["parent"]> | z.output<(typeof signUpSchemas)["mentee"]>;
    const login = "login" in values ? values.login : undefined;
    const passwordHash = await hashPassword(values.password);
    const parent = "lastName" in values ? { lastName: values.lastName, firstName: values.firstName, middleName: values.middleName } : undefined;

    const { kind } = await db
      .$transaction((tx) => createInvitedAccount(tx, found.invitation, found.kind, { login, passwordHash, parent }, now))
      .catch((error: unknown) => {
        throw isLoginConflict(error) ? loginTaken() : error;
      });
    await recordInviteAttempt(db, await requestIp(), true);
    return { ok: true, data: { kind, login: kind === "password-reset" ? null : login! } };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    }
    console.error(error);
    return { ok: false, code: "INTERNAL", error: "Не удалось создать аккаунт: внутренняя ошибка. Попробуйте ещё раз." };
  }
}
