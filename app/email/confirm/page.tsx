import type { Metadata } from "next";
import { MailLinkForm } from "@/components/mail/mail-link-form";
import { MailLinkPage } from "@/components/mail/mail-link-page";
import { FormMessage } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { checkEmailConfirmation } from "@/lib/mail/check-email-confirmation";
import { confirmEmail } from "@/lib/mail/confirm-email";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Подтверждение адреса", robots: { index: false, follow: false } };

/** Opened from the confirmation mail, signed in or not: the token is the permission; the button confirms. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = (firstParam(await searchParams, "token") ?? "").trim().slice(0, 100);
  const check = await checkEmailConfirmation(db, token);
  return (
    <MailLinkPage title="Подтверждение адреса электронной почты">
      {check.ok ? (
        <>
          <p>
            Подтвердите адрес <strong>{check.email}</strong>, чтобы получать на него уведомления «Наставника».
          </p>
          <MailLinkForm
            token={token}
            action={confirmEmail}
            label="Подтвердить адрес"
            pendingLabel="Подтверждаем…"
            done="Адрес подтверждён. Какие уведомления присылать на почту, можно выбрать в «Моём профиле»."
          />
        </>
      ) : (
        <FormMessage error={check.message} />
      )}
    </MailLinkPage>
  );
}
