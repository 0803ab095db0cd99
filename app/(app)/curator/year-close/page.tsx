import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { YearCloseForm } from "@/components/year-close/year-close-form";
import { requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatInstant, todayCalendarDate } from "@/lib/format/date";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";
import { getYearClose } from "@/lib/year-close/get-year-close";

export const metadata: Metadata = { title: "Закрытие учебного года" };

/**
 * Closing a programme's year (7.7–7.8): the curator decides for every open pair — complete, terminate or carry over to
 * the next programme — and the programme is closed; no pair of it stays open.
 */
export default async function YearClosePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/curator/year-close");
  const { programmes, chosen, next, pairs } = await getYearClose(viewer, firstParam(await searchParams, "programme"));
  return (
    <>
      <PageTitle subtitle="Каждая открытая пара завершается, прекращается или переносится в программу следующего года">
        Закрытие учебного года
      </PageTitle>
      {programmes.length > 1 && (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="programme" className="block text-sm font-medium">
              Программа
            </label>
            <select id="programme" name="programme" defaultValue={chosen?.id} className={inputClass}>
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                  {p.closure ? " (закрыта)" : ""}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 py-2 text-sm">
            Показать
          </button>
        </form>
      )}
      {!chosen ? (
        <p>Программ пока нет.</p>
      ) : chosen.closure ? (
        <Card title={chosen.title}>
          <p>Учебный год закрыт {formatInstant(chosen.closure.closedAt, viewer.timeZone, "dateTime")}.</p>
          <p className="mt-2 text-sm">
            История наставников — в{" "}
            <Link href="/curator/mentors" className="text-blue-800 underline">
              базе наставников
            </Link>
            , кандидаты на следующий год —{" "}
            <Link href="/curator/mentors/candidates" className="text-blue-800 underline">
              здесь
            </Link>
            .
          </p>
        </Card>
      ) : (
        <Card title={`${chosen.title}: открытых пар и групп — ${pairs.length}`}>
          {!next && (
            <p className="mb-3 text-sm">
              Чтобы перенести пары, сначала{" "}
              <Link href="/curator/programmes/new" className="text-blue-800 underline">
                начните программу следующего учебного года
              </Link>
              .
            </p>
          )}
          <YearCloseForm
            programmeId={chosen.id}
            pairs={pairs}
            nextTitle={next?.title ?? null}
            today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
          />
        </Card>
      )}
    </>
  );
}
