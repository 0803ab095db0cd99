import Link from "next/link";
import { formatInstant } from "@/lib/format/date";
import type { CampaignCompletion } from "@/lib/questionnaires/campaigns/get-campaign-completion";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Each respondent of a campaign: answered (by themselves or typed in from paper) or not yet, with the paper-entry link. */
export function CompletionTable({
  campaignId,
  rows,
  closed,
  timeZone,
}: {
  campaignId: string;
  rows: CampaignCompletion["rows"];
  closed: boolean;
  timeZone: string;
}) {
  if (rows.length === 0) return <p>В кампании нет получателей.</p>;
  return (
    <ScrollRegion label="Кто ответил">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              Кто отвечает
            </th>
            <th scope="col" className="py-2 pr-3">
              Класс или форма
            </th>
            <th scope="col" className="py-2 pr-3">
              Состояние
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Действия</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3">
                {row.respondentName}
                {row.aboutSomeoneElse && <span className="block text-slate-600">о ребёнке: {row.subjectName}</span>}
              </td>
              <td className="py-2 pr-3">{row.group}</td>
              <td className="py-2 pr-3">
                {row.status === "SUBMITTED" ? (
                  <>
                    Ответ{row.submittedAt && ` ${formatInstant(row.submittedAt, timeZone, "short")}`}
                    {row.enteredByCurator && <span className="block text-slate-700">внесено куратором с бумажного бланка</span>}
                  </>
                ) : (
                  <span className="font-medium text-amber-900">
                    Не ответил(а)
                    {row.remindedAt && (
                      <span className="block font-normal text-slate-700">
                        напоминание {formatInstant(row.remindedAt, timeZone, "short")}
                      </span>
                    )}
                  </span>
                )}
              </td>
              <td className="py-2">
                {row.status === "PENDING" && !closed && (
                  <Link
                    href={`/curator/questionnaires/campaigns/${campaignId}/responses/${row.id}`}
                    className="text-blue-800 underline"
                    aria-label={`Внести ответы с бумажного бланка: ${row.respondentName}`}
                  >
                    Внести ответы с бумажного бланка
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
