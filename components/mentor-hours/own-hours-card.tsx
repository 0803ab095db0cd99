import { PreparationForm } from "@/components/mentor-hours/preparation-form";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { listMentorHours } from "@/lib/mentor-hours/list-mentor-hours";
import { HoursTable } from "./hours-table";

/** On the mentor's dashboard: their own hours this school year, and their preparation hours to enter. */
export async function OwnHoursCard({ viewer }: { viewer: Viewer }) {
  const { startYear, mentors } = await listMentorHours(viewer, undefined, { own: true });
  if (mentors.length === 0) return null;
  const month = todayCalendarDate(viewer.timeZone).toISOString().slice(0, 7);
  return (
    <Card title={`Мои часы, ${startYear}/${startYear + 1} учебный год`} className="mt-4">
      <p className="mb-2 text-sm text-slate-700">
        Длительность записанных встреч и часы подготовки, которые вы указали. Эти же часы видит куратор для учёта.
      </p>
      <HoursTable mentors={mentors} caption="Мои часы по месяцам" />
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-blue-800">Указать часы подготовки</summary>
        <PreparationForm month={month} />
      </details>
    </Card>
  );
}
