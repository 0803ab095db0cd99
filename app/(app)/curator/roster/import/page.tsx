import type { Metadata } from "next";
import Link from "next/link";
import { RosterImportWizard } from "@/components/roster/roster-import-wizard";
import { PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Импорт контингента" };

export default async function RosterImportPage() {
  await requirePage("/curator/roster/import");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/curator/roster" className="text-sm text-blue-800 underline">
        ← Контингент
      </Link>
      <PageTitle subtitle="Списки учеников и сотрудников из электронного журнала (CSV или XLSX). Повторная загрузка того же класса обновляет людей, а не создаёт новых; файл с ошибками не импортируется целиком.">
        Импорт контингента
      </PageTitle>
      <RosterImportWizard />
    </div>
  );
}
