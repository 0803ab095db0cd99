import type { Metadata } from "next";
import Link from "next/link";
import { SchoolSettingsForm } from "@/components/schools/school-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { DEFAULT_TIME_ZONE, SCHOOL_TIME_ZONES, type SchoolTimeZone } from "@/lib/schools/time-zones";

export const metadata: Metadata = { title: "Настройки школы" };

export default async function SchoolSettingsPage() {
  const viewer = await requirePage("/admin/school");
  // A zone set outside the list (by hand in the database) is shown as the default, so the form always has a valid choice.
  const timeZone = SCHOOL_TIME_ZONES.some((zone) => zone.id === viewer.timeZone)
    ? (viewer.timeZone as SchoolTimeZone)
    : DEFAULT_TIME_ZONE;
  return (
    <>
      <Link href="/admin" className="text-sm text-blue-800 underline">
        ← Учётные записи
      </Link>
      <PageTitle subtitle={viewer.schoolName}>Настройки школы</PageTitle>
      <Card title="Часовой пояс" className="max-w-xl">
        <p className="mb-3 text-sm text-slate-700">
          Сейчас по времени школы: <span data-testid="school-now">{formatInstant(new Date(), viewer.timeZone, "dateTime")}</span>
        </p>
        <SchoolSettingsForm initial={{ timeZone }} />
      </Card>
    </>
  );
}
