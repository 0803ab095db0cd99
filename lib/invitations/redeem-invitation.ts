"use server";

import { z } from "zod";
import "@/lib/validation/zod-russian";
import type { ActionResult } from "@/lib/actions/action-result";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError, describeUnexpected } from "@/lib/errors";
import { rejectNul } from "@/lib/validation/reject-nul";
import { checkRequestCode } from "./check-invitation-code";
import { createInvitedAccount, type AccountDetails } from "./create-invited-account";
import { isLoginTaken, loginTaken } from "./create-user";
import { findExistingAccount } from "./find-existing-account";
import { linkableKinds, linkExistingSchema, signUpSchemas, type SignUpInput, type SignUpKind } from "./invitation-schema";
import { recordInviteAttempt } from "./invite-rate-limit";
import { requestIp } from "./request-info";

const invalid = (error: z.ZodError) =>
  new AppError("INVALID", "Проверьте поля формы.", z.flattenError(error).fieldErrors as Record<string, string[]>);

/**
 * The public sign-up with an invitation code: no session, so the code itself is the permission.
 * Wrong codes — and wrong passwords of an existing account being linked — count against the address; a valid code
 * with a bad form does not. A new account's login is shown back; a password reset shows no login, so a found slip
 * does not reveal it.
 */
export async function redeemInvitation(
  raw: SignUpInput,
): Promise<ActionResult<{ kind: SignUpKind; login: string | null; linked: boolean }>> {
  try {
    rejectNul(raw);
    const now = new Date();
    const found = await checkRequestCode(String(raw?.code ?? ""), now);
    if (!found.ok) throw new AppError(found.code, found.message);
    const linking = raw?.mode === "existing" && linkableKinds.includes(found.kind);

    let details: AccountDetails;
    let login: string | undefined;
    if (linking) {
      const parsed = linkExistingSchema.safeParse(raw);
      if (!parsed.success) throw invalid(parsed.error);
      const ip = await requestIp();
      const user = await findExistingAccount(parsed.data.login, parsed.data.password, ip);
      if (!user) {
        await recordInviteAttempt(db, ip, false);
        throw new AppError("INVALID", "Неверный логин или пароль.", { password: ["Неверный логин или пароль"] });
      }
      details = { existingUserId: user.id };
      login = user.login;
    } else {
      const parsed = signUpSchemas[found.kind].safeParse(raw);
      if (!parsed.success) throw invalid(parsed.error);
      const values = parsed.data as z.output<(typeof signUpSchemas)["parent"]> | z.output<(typeof signUpSchemas)["mentee"]>;
      login = "login" in values ? values.login : undefined;
      const parent =
        "lastName" in values
          ? { lastName: values.lastName, firstName: values.firstName, middleName: values.middleName }
          : undefined;
      details = { login, passwordHash: await hashPassword(values.password), parent };
    }

    const { kind } = await db
      .$transaction((tx) => createInvitedAccount(tx, found.invitation, found.kind, details, now))
      .catch(async (error: unknown) => {
        if (!isLoginTaken(error)) throw error;
        // «Логин занят» tells whether a login exists: each such answer counts against the address like a wrong code,
        // so one valid code cannot be used to list the school's logins.
        await recordInviteAttempt(db, await requestIp(), false);
        throw loginTaken();
      });
    await recordInviteAttempt(db, await requestIp(), true);
    return { ok: true, data: { kind, login: kind === "password-reset" ? null : login!, linked: linking } };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    }
    console.error(describeUnexpected(error));
    return { ok: false, code: "INTERNAL", error: "Не удалось создать аккаунт: внутренняя ошибка. Попробуйте ещё раз." };
  }
}
