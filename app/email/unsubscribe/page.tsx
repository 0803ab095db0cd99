import type { Metadata } from "next";
import { MailLinkForm } from "@/components/mail/mail-link-form";
import { MailLinkPage } from "@/components/mail/mail-link-page";
import { FormMessage } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { checkUnsubscribeToken } from "@/lib/mail/check-unsubscribe-token";
import { unsubscribeByToken } from "@/lib/mail/unsubscribe-by-token";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Отписка от писем", robots: { index: false, follow: false } };

/** Opened from the link in every notification mail, without signing in; only the button turns mail off. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = (firstParam(await searchParams, "token") ?? "").trim().slice(0, 100);
  const check = await checkUnsubscribeToken(db, token);
  return (
    <MailLinkPage title="Отписка от писем «Наставника»">
      {!check.ok ? (
        <FormMessage error={check.message} />
      ) : !check.mailOn ? (
        <FormMessage success="Письма уже выключены. Уведомления остаются в приложении." />
      ) : (
        <>
          <p>Письма с уведомлениями перестанут приходить на этот адрес. Уведомления в приложении останутся.</p>
          <MailLinkForm
            token={token}
            action={unsubscribeByToken}
            label="Отписаться от всех писем"
            pendingLabel="Отписываем…"
            done="Готово: письма больше не придут. Включить их снова можно в «Моём профиле»."
          />
        </>
      )}
    </MailLinkPage>
  );
}
