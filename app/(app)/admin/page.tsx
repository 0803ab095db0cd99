import type { Metadata } from "next";
import Link from "next/link";
import { AccountFilters, AccountPages } from "@/components/admin/account-filters";
import { AccountRow } from "@/components/admin/account-row";
import { InvitablePeople } from "@/components/invitations/invitable-people";
import { InvitationsWorkspace } from "@/components/invitations/invitations-workspace";
import { MyRoadmapItems } from "@/components/roadmap/my-items";
import { Card, PageTitle } from "@/components/ui/card";
import { accountFilterSchema } from "@/lib/accounts/account-schema";
import { listSchoolAccounts } from "@/lib/accounts/list-school-accounts";
import { requirePage } from "@/lib/auth/guard";
import { listInvitablePeople } from "@/lib/invitations/list-invitable-people";
import { can } from "@/lib/permissions";
import { mayOpen } from "@/lib/routes/route-access";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Учётные записи" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/admin");
  const raw = await searchParams;
  const first = (key: string) => firstParam(raw, key);
  const filter = accountFilterSchema.parse({
    q: first("q") || undefined,
    role: first("role") || undefined,
    state: first("state") || undefined,
    page: first("page"),
  });
  const [accounts, invitable] = await Promise.all([
    listSchoolAccounts(viewer, filter),
    listInvitablePeople(viewer, first("who")?.slice(0, 100)),
  ]);
  return (
    <InvitationsWorkspace schoolName={viewer.schoolName} timeZone={viewer.timeZone}>
      <PageTitle subtitle="Приглашения сотрудников и наставников, роли, пароли и отключение — всё только в этой школе.">
        Учётные записи школы
      </PageTitle>
      <p className="-mt-2 mb-4 flex flex-wrap gap-x-4 text-sm">
        {mayOpen(viewer, "/admin/school") && (
          <Link href="/admin/school" className="text-blue-800 underline">
            Настройки школы: часовой пояс
          </Link>
        )}
        {mayOpen(viewer, "/admin/jobs") && (
          <Link href="/admin/jobs" className="text-blue-800 underline">
            Фоновые задачи
          </Link>
        )}
      </p>
      <MyRoadmapItems viewer={viewer} />
      <div className="space-y-4">
        <Card title="Пригласить">
          <form method="get" action="/admin" className="mb-3 flex items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="who" className="block text-sm font-medium">
                Фамилия или имя
              </label>
              <input
                id="who"
                name="who"
                type="search"
                defaultValue={first("who") ?? ""}
                maxLength={100}
                className="rounded-md border border-slate-400 px-3 py-2"
              />
            </div>
            <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 text-sm">
              Показать
            </button>
          </form>
          <InvitablePeople
            staff={invitable.staff}
            mentors={invitable.mentors}
            showStaff={can(viewer, "account:invite-staff")}
            timeZone={viewer.timeZone}
          />
        </Card>
        <Card title={`Учётные записи (${accounts.total})`}>
          <AccountFilters filter={filter} />
          {accounts.rows.length === 0 ? (
            <p className="mt-3">Никого не нашлось.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {accounts.rows.map((account) => (
                <AccountRow key={account.id} account={account} isSelf={account.id === viewer.userId} />
              ))}
            </ul>
          )}
          <AccountPages filter={filter} page={accounts.page} pages={accounts.pages} />
        </Card>
      </div>
    </InvitationsWorkspace>
  );
}
