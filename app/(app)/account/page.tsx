import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailForm } from "@/components/account/email-form";
import { MailPreferencesForm } from "@/components/account/mail-preferences-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getOwnAccount } from "@/lib/accounts/get-own-account";
import { requirePage } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";
import { formatInstant } from "@/lib/format/date";
import { getMailSettings } from "@/lib/mail/get-mail-settings";

export const metadata: Metadata = { title: "Мой профиль" };

export default async function AccountPage() {
  const viewer = await requirePage("/account");
  const [account, mail] = await Promise.all([getOwnAccount(viewer), getMailSettings(viewer)]);
  return (
    <>
      <PageTitle
        subtitle={`${account.displayName} · логин ${account.login} · ${viewer.roles.map((r) => roleLabels[r]).join(", ")}`}
      >
        Мой профиль
      </PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Смена пароля">
          <ChangePasswordForm />
        </Card>
        <Card title="Электронная почта">
          <EmailForm
            email={mail.email}
            confirmedOn={mail.confirmedAt ? formatInstant(mail.confirmedAt, viewer.timeZone, "short") : null}
            mailOn={mail.mailOn}
          />
        </Card>
        <Card title="Уведомления по почте" className="md:col-span-2">
          {!mail.mailOn ? (
            <p className="text-slate-700">
              Электронная почта на этом сервере не настроена: уведомления видны только в приложении.
            </p>
          ) : !mail.confirmedAt ? (
            <p className="text-slate-700">
              Подтвердите адрес электронной почты, чтобы выбрать, какие уведомления присылать на него.
            </p>
          ) : mail.offered.length === 0 ? (
            <p className="text-slate-700">При ваших ролях уведомлений по почте нет.</p>
          ) : (
            <MailPreferencesForm offered={mail.offered} chosen={mail.chosen} digest={mail.digest} />
          )}
        </Card>
      </div>
    </>
  );
}
