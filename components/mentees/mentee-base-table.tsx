import Link from "next/link";
import { fullName } from "@/lib/format/person-name";
import { confidentialMarker, menteeKindLabels, requestKindLabels } from "@/lib/mentees/labels";
import type { MenteeBaseRow } from "@/lib/mentees/list-mentee-base";
import { NoMatches } from "@/components/ui/no-matches";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The mentee base as a table; confidential facts never appear here, only a neutral marker for those allowed. */
export function MenteeBaseTable({ rows, query = "", resetHref }: { rows: MenteeBaseRow[]; query?: string; resetHref: string }) {
  if (rows.length === 0) {
    return (
      <NoMatches query={query} resetHref={resetHref} otherwise="Никого не найдено. Измените фильтры или добавьте наставляемых." />
    );
  }
  return (
    <ScrollRegion label="База наставляемых">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">База наставляемых</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              ФИО
            </th>
            <th scope="col" className="py-2 pr-3">
              Класс или должность
            </th>
            <th scope="col" className="py-2 pr-3">
              Пара
            </th>
            <th scope="col" className="py-2 pr-3">
              Запросы
            </th>
            <th scope="col" className="py-2">
              Подбор пары
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.personId} className="align-top">
              <td className="py-2 pr-3">
                <Link href={`/curator/people/${row.personId}`} className="text-blue-800 underline">
                  {fullName(row)}
                </Link>
                {row.kind === "YOUNG_TEACHER" && (
                  <span className="block text-xs text-slate-600">{menteeKindLabels.YOUNG_TEACHER}</span>
                )}
              </td>
              <td className="py-2 pr-3">{row.place || "—"}</td>
              <td className="py-2 pr-3">
                {row.hasPair ? "В паре или группе" : <span className="text-slate-700">Без пары</span>}
              </td>
              <td className="py-2 pr-3">
                {row.requestKinds.length === 0 && !row.hasConfidential && <span className="text-slate-600">не указаны</span>}
                {row.requestKinds.map((kind) => requestKindLabels[kind]).join(", ")}
                {row.hasConfidential && (
                  <span className="mt-1 block w-fit rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
                    {confidentialMarker}
                  </span>
                )}
              </td>
              <td className="py-2">
                {row.eligible ? (
                  <span className="text-green-800">Можно</span>
                ) : (
                  <ul className="text-red-800">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
