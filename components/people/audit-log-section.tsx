import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/format/date";
import type { listPersonAudit } from "@/lib/audit/list-person-audit";
import { ScrollRegion } from "@/components/ui/scroll-region";

type AuditPage = Awaited<ReturnType<typeof listPersonAudit>>;

/** The person's access log, read-only: there is no control here that changes it, and the table refuses changes. */
export function AuditLogSection({ log, basePath, timeZone }: { log: AuditPage; basePath: string; timeZone: string }) {
  const pageLink = (page: number) => `${basePath}?logPage=${page}#access-log`;
  return (
    <Card title={<span id="access-log">Журнал доступа</span>} className="mt-4">
      <p className="mb-2 text-sm text-slate-700">
        Кто и когда открывал или менял сведения о человеке. Всего записей: {log.total}. Журнал нельзя изменить.
      </p>
      {log.entries.length === 0 ? (
        <p>Записей нет.</p>
      ) : (
        <ScrollRegion label="Журнал доступа">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Журнал доступа, новые записи сверху</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Когда
                </th>
                <th scope="col" className="py-2 pr-3">
                  Кто
                </th>
                <th scope="col" className="py-2">
                  Что
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.entries.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="whitespace-nowrap py-2 pr-3">{formatInstant(e.createdAt, timeZone, "shortDateTime")}</td>
                  <td className="py-2 pr-3">{e.who}</td>
                  <td className="py-2">{e.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {log.pageCount > 1 && (
        <nav aria-label="Страницы журнала" className="mt-3 flex flex-wrap items-center gap-4 text-sm">
          {log.page > 1 && (
            <Link href={pageLink(log.page - 1)} className="text-blue-800 underline">
              ← Более новые
            </Link>
          )}
          <span>
            Страница {log.page} из {log.pageCount}
          </span>
          {log.page < log.pageCount && (
            <Link href={pageLink(log.page + 1)} className="text-blue-800 underline">
              Более старые →
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
