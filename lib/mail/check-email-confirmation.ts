import type { Prisma } from "@/lib/generated/prisma/client";
import { hashMailToken } from "./mail-token";

export type ConfirmationCheck =
  { ok: true; userId: string; email: string } | { ok: false; reason: "unknown" | "expired" | "stale"; message: string };

const messages = {
  unknown: "Ссылка недействительна: возможно, адрес по ней уже подтверждён. Отправить письмо ещё раз можно в «Моём профиле».",
  expired: "Срок действия ссылки истёк (48 часов). Отправьте письмо ещё раз в «Моём профиле».",
  stale: "Эта ссылка — для адреса, который больше не указан в профиле. Подтвердите новый адрес по ссылке из последнего письма.",
} as const;

/** Whether a confirmation link is good now: a known token, not expired, for the address the account still has. */
export async function checkEmailConfirmation(
  db: Prisma.TransactionClient,
  token: string,
  now = new Date(),
): Promise<ConfirmationCheck> {
  const found = token
    ? await db.emailConfirmation.findUnique({
        where: { tokenHash: hashMailToken(token) },
        select: { userId: true, email: true, expiresAt: true, user: { select: { email: true, isActive: true } } },
      })
    : null;
  const refuse = (reason: keyof typeof messages) => ({ ok: false as const, reason, message: messages[reason] });
  if (!found || !found.user.isActive) return refuse("unknown");
  if (found.expiresAt <= now) return refuse("expired");
  if (found.user.email !== found.email) return refuse("stale");
  return { ok: true, userId: found.userId, email: found.email };
}
