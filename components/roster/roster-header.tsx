import Link from "next/link";
import { PageTitle } from "@/components/ui/card";

const linkClass = "rounded-md px-3 py-2 text-sm font-medium";

/** Title of the roster pages, the pupils/staff switch, and the import link for those who may import. */
export function RosterHeader({ current, mayImport }: { current: "pupils" | "staff"; mayImport: boolean }) {
  const tab = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${linkClass} ${active ? "bg-blue-700 text-white" : "border border-slate-300 bg-white text-blue-800 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageTitle subtitle="Ученики и сотрудники школы. По этому списку считается охват программой наставничества.">
        Контингент
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <nav aria-label="Списки контингента" className="flex flex-wrap gap-2">
          {tab("/curator/roster", "Ученики", current === "pupils")}
          {tab("/curator/roster/staff", "Сотрудники", current === "staff")}
        </nav>
        {mayImport && (
          <Link href="/curator/roster/import" className={`${linkClass} ml-auto bg-blue-700 text-white hover:bg-blue-800`}>
            Импорт из файла
          </Link>
        )}
      </div>
    </>
  );
}
