"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import "@/lib/validation/zod-russian";
import type { ActionResult } from "@/lib/actions/action-result";
import { nulRefusal } from "@/lib/validation/reject-nul";
import { signIn, signOut } from "./auth";
import { loginSchema, SIGN_IN_FAILED, type LoginInput } from "./login-schema";

export async function signInWithPassword(input: LoginInput): Promise<ActionResult<null>> {
  const refused = nulRefusal(input);
  if (refused) return refused;
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "INVALID", error: "Заполните поля.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, code: "UNAUTHENTICATED", error: SIGN_IN_FAILED };
    throw error; // the redirect after a successful sign-in travels as an error
  }
}

export async function signOutAndLeave(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
