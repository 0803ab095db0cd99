import type { Prisma } from "@/lib/generated/prisma/client";

export const unknownUnsubscribeMessage =
  "Ссылка для отписки недействительна. Проверьте, что она открыта из письма целиком, или выключите письма в «Моём профиле» после входа.";

/** Whether an unsubscribe link is known, and whether its user still gets any mail. */
export async function checkUnsubscribeToken(
  db: Prisma.TransactionClient,
  token: string,
): Promise<{ ok: true; mailOn: boolean } | { ok: false; message: string }> {
  const setting =
    token && token.length <= 100
      ? await db.notificationSetting.findUnique({ where: { unsubscribeToken: token }, select: { emailKinds: true } })
      : null;
  if (!setting) return { ok: false, message: unknownUnsubscribeMessage };
  return { ok: true, mailOn: setting.emailKinds.length > 0 };
}
