import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { mailConfig } from "./mail-config";
import { mailLinks } from "./mail-links";
import { hashMailToken, newMailToken } from "./mail-token";
import { renderMail } from "./render-mail";

export const CONFIRMATION_TTL_MS = 48 * 60 * 60_000;
/** One confirmation mail a minute per address and account: a profile form must not become a way to flood a mailbox. */
const RESEND_AFTER_MS = 60_000;

export const tooSoonMessage = "Письмо с подтверждением отправлено меньше минуты назад. Подождите минуту и попробуйте снова.";

/**
 * Sends (through the outbox, in the caller's transaction) a link that confirms `email` for the user. Only the token's
 * hash is stored. Links of an earlier address stay until they expire, and are refused as stale (checkEmailConfirmation).
 * Returns false when mail is off on this server.
 */
export async function queueEmailConfirmation(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
  now = new Date(),
): Promise<boolean> {
  const config = mailConfig();
  if (!config) return false;
  await tx.emailConfirmation.deleteMany({ where: { userId: user.id, expiresAt: { lte: now } } });
  const recent = await tx.emailConfirmation.findFirst({
    where: { userId: user.id, email: user.email, createdAt: { gt: new Date(now.getTime() - RESEND_AFTER_MS) } },
    select: { id: true },
  });
  if (recent) throw new AppError("INVALID", tooSoonMessage, { email: [tooSoonMessage] });
  const token = newMailToken();
  await tx.emailConfirmation.create({
    data: {
      userId: user.id,
      email: user.email,
      tokenHash: hashMailToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS),
    },
  });
  const mail = renderMail({
    subject: "«Наставник»: подтвердите адрес электронной почты",
    paragraphs: [
      "Этот адрес указали в профиле в «Наставнике» — приложении школьной программы наставничества.",
      "Чтобы получать на него уведомления, подтвердите адрес по ссылке. Ссылка действует 48 часов.",
      "Если вы не указывали этот адрес, ничего делать не нужно: без подтверждения писем на него не будет.",
    ],
    action: { label: "Подтвердить адрес", url: mailLinks(config.appUrl).confirm(token) },
  });
  await tx.emailOutbox.create({ data: { userId: user.id, toAddress: user.email, ...mail } });
  return true;
}
