import { formatInstant } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";
import type { ClassAccount } from "@/lib/invitations/list-class-accounts";
import { DeactivateButton, ReissueButton } from "./account-actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

function pendingUntil(row: ClassAccount, role: "MENTEE" | "PARENT", timeZone: string) {
  const code = row.pendingCodes.find((c) => c.role === role);
  return code ? `код действует до ${formatInstant(code.expiresAt, timeZone)}` : null;
}

/** A class's pupils: their own account, their parents' accounts, and what the curator can do about each. */
export function ClassAccountsTable({ rows, timeZone }: { rows: ClassAccount[]; timeZone: string }) {
  if (rows.length === 0) return <p>В классе нет учеников.</p>;
  return (
    <ScrollRegion label="Учётные записи класса">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Ученик
            </th>
            <th scope="col" className="py-2 pr-3">
              Аккаунт ученика
            </th>
            <th scope="col" className="py-2 pr-3">
              Родители
            </th>
            <th scope="col" className="py-2">
              Действия
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = fullName(row.name);
            const parentAccounts = row.parents.filter((p) => p.account);
            const menteeCode = pendingUntil(row, "MENTEE", timeZone);
            const parentCode = pendingUntil(row, "PARENT", timeZone);
            const existing = {
              personId: row.id,
              name,
              account: row.account ? (row.account.isActive ? ("active" as const) : ("disabled" as const)) : null,
              parentAccounts: parentAccounts.length,
            };
            return (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {name}
                </th>
                <td className="py-2 pr-3">
                  {row.account ? (row.account.isActive ? `Активен (логин ${row.account.login})` : "Отключён") : "Нет аккаунта"}
                  {menteeCode && <span className="block text-slate-600">{menteeCode}</span>}
                </td>
                <td className="py-2 pr-3">
                  <span>Аккаунтов: {parentAccounts.length}</span>
                  {parentCode && <span className="block text-slate-600">{parentCode}</span>}
                  <ul className="mt-1 space-y-1">
                    {parentAccounts.map((parent) => (
                      <li key={parent.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          {shortName(parent.name)} — {parent.account!.isActive ? "активен" : "отключён"}
                        </span>
                        {parent.account!.isActive && (
                          <DeactivateButton userId={parent.account!.id} name={fullName(parent.name)} />
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2">
                  <div className="flex flex-wrap gap-2">
                    <ReissueButton {...existing} role="MENTEE" />
                    <ReissueButton {...existing} role="PARENT" />
                    {row.account?.isActive && <DeactivateButton userId={row.account.id} name={name} />}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
