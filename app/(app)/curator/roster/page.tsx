import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect, RosterFilters } from "@/components/roster/roster-filters";
import { RosterHeader } from "@/components/roster/roster-header";
import { cellClass, RosterTable } from "@/components/roster/roster-table";
import { RosterImports } from "@/components/roster/roster-imports";
import { Card } from "@/components/ui/card";
import { NameSearchField } from "@/components/ui/name-search-field";
import { NoMatches } from "@/components/ui/no-matches";
import { requirePage } from "@/lib/auth/guard";
import { formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { getRosterSummary } from "@/lib/roster/get-roster-summary";
import { listRosterPupils } from "@/lib/roster/list-roster-pupils";
import { classLabel } from "@/lib/roster/parse-class-name";
import { parsePupilView } from "@/lib/roster/roster-view-params";
import { mayOpen } from "@/lib/routes/route-access";

export const metadata: Metadata = { title: "Контингент" };

const statusOptions = [
  { value: "ENROLLED", label: "Обучаются" },
  { value: "LEFT", label: "Выбыли" },
  { value: "ALL", label: "Все" },
];

export default async function RosterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/roster");
  const view = parsePupilView(await searchParams);
  const summary = await getRosterSummary(viewer);
  // Names are listed for one class, for a search, or for the pupils who left; the whole school is shown as counts per class.
  const listed = view.grade !== undefined || view.status === "LEFT" || view.q !== "";
  const pupils = listed ? await listRosterPupils(viewer, view) : [];
  const title =
    view.grade !== undefined
      ? `Список класса ${view.classLabel}`
      : view.q
        ? "Найденные ученики"
        : view.status === "LEFT"
          ? "Выбывшие ученики"
          : "Ученики";
  return (
    <>
      <RosterHeader current="pupils" mayImport={mayOpen(viewer, "/curator/roster/import")} />
      <p className="mb-4 text-slate-800">
        Обучаются: <strong>{summary.enrolled}</strong> · Выбыли: <strong>{summary.left}</strong> · Классов:{" "}
        <strong>{summary.classes.length}</strong>
      </p>
      <RosterFilters>
        <FilterSelect
          id="roster-class"
          name="class"
          label="Класс"
          defaultValue={view.classLabel}
          options={[{ value: "", label: "Все классы" }, ...summary.classes.map((c) => ({ value: c.label, label: c.label }))]}
        />
        <FilterSelect id="roster-status" name="status" label="Статус" defaultValue={view.status} options={statusOptions} />
        <NameSearchField id="roster-q" defaultValue={view.q} />
      </RosterFilters>

      {listed ? (
        <Card title={`${title} (${pupils.length})`}>
          {pupils.length === 0 ? (
            <NoMatches query={view.q} resetHref={resetHref(view)} otherwise="Никого нет." />
          ) : (
            <RosterTable headers={["ФИО", "Дата рождения", "Класс", "Статус"]} caption="Ученики">
              {pupils.map((p) => (
                <tr key={p.id}>
                  <td className={cellClass}>
                    <Link href={`/curator/people/${p.person.id}`} className="text-blue-800 underline">
                      {p.person.anonymisedAt ? "Данные обезличены" : fullName(p.person)}
                    </Link>
                  </td>
                  <td className={cellClass}>{p.person.birthDate ? formatShortDate(p.person.birthDate) : "—"}</td>
                  <td className={cellClass}>{classLabel(p)}</td>
                  <td className={cellClass}>
                    {p.status === "LEFT" ? `Выбыл(а)${p.leftAt ? ` ${formatShortDate(p.leftAt)}` : ""}` : "Обучается"}
                  </td>
                </tr>
              ))}
            </RosterTable>
          )}
        </Card>
      ) : (
        <Card title="Классы">
          {summary.classes.length === 0 ? (
            <p>Учеников пока нет. Загрузите списки классов из электронного журнала: «Импорт из файла».</p>
          ) : (
            <RosterTable headers={["Класс", "Обучаются", "Выбыли"]} caption="Классы">
              {summary.classes.map((c) => (
                <tr key={c.label}>
                  <td className={cellClass}>
                    <Link href={`/curator/roster?class=${encodeURIComponent(c.label)}`} className="text-blue-800 underline">
                      {c.label}
                    </Link>
                  </td>
                  <td className={cellClass}>{c.enrolled}</td>
                  <td className={cellClass}>{c.left}</td>
                </tr>
              ))}
            </RosterTable>
          )}
        </Card>
      )}
      <RosterImports imports={summary.imports} timeZone={viewer.timeZone} />
    </>
  );
}

/** The same view without the name search. */
function resetHref(view: { classLabel: string; status: string }) {
  const params = new URLSearchParams();
  if (view.classLabel) params.set("class", view.classLabel);
  if (view.status !== "ENROLLED") params.set("status", view.status);
  const query = params.toString();
  return query ? `/curator/roster?${query}` : "/curator/roster";
}
