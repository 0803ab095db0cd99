import type { Metadata } from "next";
import { HoursTable } from "@/components/mentor-hours/hours-table";
import { Card, PageTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requirePage } from "@/lib/auth/guard";
import { listMentorHours } from "@/lib/mentor-hours/list-mentor-hours";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Часы наставников" };

/** Mentors' hours per month of a school year (meetings plus preparation), and the XLSX for the school's accounting. */
export default async function MentorHoursPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/curator/mentor-hours");
  const { startYear, mentors } = await listMentorHours(viewer, firstParam(await searchParams, "year"));
  const years = `${startYear}/${startYear + 1}`;
  return (
    <>
      <PageTitle subtitle={`${years} учебный год: длительность записанных встреч и часы подготовки`}>Часы наставников</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="year" className="block text-sm font-medium">
            Учебный год начинается в
          </label>
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={startYear} className={inputClass} />
        </div>
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 py-2 text-sm">
          Показать
        </button>
        <a href={`/curator/mentor-hours/export?year=${startYear}`} className="py-2 text-blue-800 underline">
          Скачать XLSX для бухгалтерии
        </a>
      </form>
      <Card title={`Наставники (${mentors.length})`}>
        {mentors.length === 0 ? (
          <p>За этот учебный год часов нет.</p>
        ) : (
          <HoursTable mentors={mentors} caption={`Часы наставников, ${years}`} />
        )}
      </Card>
    </>
  );
}
