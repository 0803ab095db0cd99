import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailForm } from "@/components/account/email-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getOwnAccount } from "@/lib/accounts/get-own-account";
import { requirePage } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Мой профиль" };

export default async function AccountPage() {
  const viewer = await requirePage("/account");
  const account = await getOwnAccount(viewer);
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
          <EmailForm email={account.email} />
        </Card>
      </div>
    </>
  );
}
