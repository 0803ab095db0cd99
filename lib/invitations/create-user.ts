import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const LOGIN_TAKEN = "Этот логин уже занят";
export const loginTaken = () => new AppError("INVALID", `${LOGIN_TAKEN}. Придумайте другой.`, { login: [LOGIN_TAKEN] });

/** A new account with a login nobody has; the caller links it to a person and gives it memberships. */
export async function createUser(
  tx: Prisma.TransactionClient,
  login: string | undefined,
  displayName: string,
  passwordHash: string | undefined,
): Promise<string> {
  if (!login || !passwordHash) throw new AppError("INVALID", "Введите логин и пароль.", { login: ["Введите логин"] });
  if (await tx.user.findUnique({ where: { login }, select: { id: true } })) throw loginTaken();
  const user = await tx.user.create({ data: { login, displayName, passwordHash }, select: { id: true } });
  return user.id;
}

/** A login taken between the check and the insert still gets the friendly message. */
export function isLoginConflict(error: unknown): boolean {
  return isUniqueViolation(error, "login");
}

/** Either way a login turns out taken: found by the check, or by the unique index in a race. */
export function isLoginTaken(error: unknown): boolean {
  return isLoginConflict(error) || (error instanceof AppError && error.fieldErrors?.login?.[0] === LOGIN_TAKEN);
}
