import type { Metadata } from "next";
import { AccountToggle } from "@/components/admin/account-toggle";
import { Card, PageTitle } from "@/components/ui/card";
import { listSchoolAccounts } from "@/lib/accounts/list-school-accounts";
import { MyRoadmapItems } from "@/components/roadmap/my-items";
import { requirePage } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Учётные записи" };

export default async function AdminPage() {
  const viewer = await requirePage("/admin");
  const accounts = await listSchoolAccounts(viewer);
  return (
    <>
      <PageTitle subtitle="Отключение учётной записи сразу завершает все её сеансы.">Учётные записи школы</PageTitle>
      <MyRoadmapItems viewer={viewer} />
      <Card>
        <ul className="divide-y divide-slate-100">
          {accounts.map((account) => (
            <li key={account.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-medium">
                  {account.displayName}
                  {!account.isActive && <span className="ml-2 text-sm font-normal text-red-700">отключена</span>}
                </p>
                <p className="text-sm text-slate-700">
                  {account.login} · {account.roles.map((r) => roleLabels[r]).join(", ")}
                </p>
              </div>
              {account.id !== viewer.userId && <AccountToggle userId={account.id} active={account.isActive} name={account.displayName} />}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
