import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect, RosterFilters } from "@/components/roster/roster-filters";
import { RosterHeader } from "@/components/roster/roster-header";
import { cellClass, RosterTable } from "@/components/roster/roster-table";
import { Card } from "@/components/ui/card";
import { NameSearchField } from "@/components/ui/name-search-field";
import { NoMatches } from "@/components/ui/no-matches";
import { requirePage } from "@/lib/auth/guard";
import { formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { listRosterStaff } from "@/lib/roster/list-roster-staff";
import { parseStaffView } from "@/lib/roster/roster-view-params";
import { mayOpen } from "@/lib/routes/route-access";

export const metadata: Metadata = { title: "Сотрудники — контингент" };

const statusOptions = [
  { value: "CURRENT", label: "Работают" },
  { value: "LEFT", label: "Ушли" },
  { value: "ALL", label: "Все" },
];

export default async function RosterStaffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/roster/staff");
  const { status, q } = parseStaffView(await searchParams);
  const staff = await listRosterStaff(viewer, status, q);
  return (
    <>
      <RosterHeader current="staff" mayImport={mayOpen(viewer, "/curator/roster/import")} />
      <RosterFilters>
        <FilterSelect id="staff-status" name="status" label="Статус" defaultValue={status} options={statusOptions} />
        <NameSearchField id="staff-q" defaultValue={q} />
      </RosterFilters>
      <Card title={`Сотрудники (${staff.length})`}>
        {staff.length === 0 ? (
          <NoMatches
            query={q}
            resetHref={status === "CURRENT" ? "/curator/roster/staff" : `/curator/roster/staff?status=${status}`}
            otherwise={
              status === "CURRENT" ? "Сотрудников пока нет. Загрузите список из файла: «Импорт из файла»." : "Никого нет."
            }
          />
        ) : (
          <RosterTable headers={["ФИО", "Должность", "Педагогический стаж, лет", "Статус"]} caption="Сотрудники">
            {staff.map((s) => (
              <tr key={s.id}>
                <td className={cellClass}>
                  <Link href={`/curator/people/${s.person.id}`} className="text-blue-800 underline">
                    {s.person.anonymisedAt ? "Данные обезличены" : fullName(s.person)}
                  </Link>
                </td>
                <td className={cellClass}>{s.position}</td>
                <td className={cellClass}>{s.experienceYears}</td>
                <td className={cellClass}>{s.leftAt ? `Ушёл(ушла) ${formatShortDate(s.leftAt)}` : "Работает"}</td>
              </tr>
            ))}
          </RosterTable>
        )}
      </Card>
    </>
  );
}
